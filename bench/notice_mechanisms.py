#!/usr/bin/env python3
"""Which mechanism of the notice pass would remove each labelled notice of a family on its own, per fold.

    .venv/bin/python bench/notice_mechanisms.py                       # related, comments, advertisement,
                                                                      # separator, share: fold A / fold B
    .venv/bin/python bench/notice_mechanisms.py --categories related  # one family
    .venv/bin/python bench/notice_mechanisms.py --list A              # fold A's notices, each with its mechanisms

Why: `bench/notice_folds.py` says how many notices the pass removes, and the rule in each removal
names only the first mechanism that took it. A family the pass removes on the tune half through one
narrow cue (one wording, the class words of one markup, one position) falls through on a site that
lacks that cue: on the holdout half related lists, comment threads and advertisements go at half the
tune half's rate. This bench asks every mechanism separately, on the page as written:

- `html`: the HTML stage dropped the block with the page's chrome (it never reached the pass; its
  class or id words named it: `newsgrab/rules/selectors.toml`);
- `rule`: a packaged phrase rule matches the block's text (whatever its scope);
- `score`: the notice score takes it (`newsgrab/clean/score.py`, its cues read in place);
- `related:<shape>`: `newsgrab/clean/related.py` finds it with nothing else removed (`run`, `single`, `promo`);
- `shape`: another shape of the pass took it and nothing above would (a repeated button, a breadcrumb,
  a disclosure, the publisher's appeal: furniture.py, disclosures.py, appeals.py, textshapes.py);
- `sweep`: only the sweeps took it (the footer and head zones, lists, fenced separators: sweeps.py),
  which read the removals around a block, so they are not counted as deciding on their own;
- `blind`: the whole pass still removes it when the markup's class/id/aria/data words are taken away
  (`bench/notice_ablation.py`): not a mechanism, the test of whether the others lean on markup words.

A notice removed by exactly one of the independent mechanisms (`html`, `rule`, `score`, `related`, `shape`) is
`single`: fragile; `none-alone`: no independent mechanism takes it (a sweep or nothing). A notice is
counted once per page and text (the labels' fingerprint), so a label a page repeats ("Advert" five
times) counts once here and five times in `bench/notice_folds.py`. The holdout half is never read here.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench.notice_ablation import blind_page, unreached_notices
from bench.notice_folds import FOLDS, fold_of
from bench.notice_removal import documents, fingerprint, load_labels
from bench.shared_data import SHARED
from bench.splits import TUNE, meta_sites, readability_sites, scrapinghub_sites

FAMILIES = ("related", "comments", "advertisement", "separator", "share")
#: the mechanisms that decide on their own (the sweeps read the removals of these around a block)
INDEPENDENT = ("html", "rule", "score", "related", "shape")
#: the removals of the sweeps (sweeps.py: the footer and head zones, lists, fenced separators), which
#: take a block for the notices around it
SWEEPS = ("structure.notice-cluster", "structure.orphan-label", "structure.list", "structure.separator")
COLUMNS = ("removed", "html", "rule", "score", "related:run", "related:single", "related:promo", "shape", "sweep",
           "single", "none-alone", "blind")


def _mechanisms(raw: bytes, kwargs: dict[str, str]) -> dict[str, set[str]] | None:
    """fingerprint -> the mechanisms that remove the block on the page as written (see the docstring)."""
    import newsgrab
    from newsgrab.clean import boilerplate
    from newsgrab.clean.related import related_blocks
    from newsgrab.clean.score import NoticeScorer
    from newsgrab.clean.shapes import fold
    from newsgrab.rules import load_rules
    from newsgrab.rules.matcher import rule_index

    scored: set[int] = set()
    real = NoticeScorer.verdict

    def spy(self: NoticeScorer, view: Any, cues: Any) -> tuple[str, str] | None:
        found = real(self, view, cues)
        if found is not None:
            scored.add(id(view.block))
        return found

    NoticeScorer.verdict = spy  # type: ignore[method-assign]
    try:
        article = newsgrab.extract(raw, **kwargs)  # type: ignore[arg-type]
    except newsgrab.NewsgrabError:
        return None
    finally:
        NoticeScorer.verdict = real  # type: ignore[method-assign]
    timeline = list(article.timeline)
    blocks = [block for block, _ in timeline]
    texts = [fold(b.text) for b in blocks]
    index = rule_index(tuple(load_rules()))
    shapes = related_blocks(blocks, texts, [False] * len(blocks), article.url)
    out: dict[str, set[str]] = {}
    for i, (block, removal) in enumerate(timeline):
        if not block.text:
            continue
        found: set[str] = set()
        if removal is not None:
            found.add("removed")
        if texts[i] and index.first(texts[i]) is not None:
            found.add("rule")
        if id(block) in scored:
            found.add("score")
        if i in shapes:
            found.add(f"related:{shapes[i]}")
        if (removal is not None and not found & {"rule", "score"} and not any(f.startswith("related") for f in found)
                and not removal.rule.startswith(boilerplate.RELATED_RULE)):
            found.add("sweep" if removal.rule.startswith(SWEEPS) else "shape")
        out.setdefault(fingerprint(block.text), set()).update(found)
    return out


def _blind_removed(raw: bytes, kwargs: dict[str, str]) -> set[str] | None:
    """The fingerprints the pass removes (or the HTML stage drops: absent) with blind markup."""
    import newsgrab

    try:
        article = newsgrab.extract(blind_page(raw), **kwargs)  # type: ignore[arg-type]
    except newsgrab.NewsgrabError:
        return None
    return {fingerprint(b.text) for b, removal in article.timeline if b.text and removal is None}


def run(categories: tuple[str, ...], listed_fold: str | None) -> tuple[dict[tuple[str, str], Counter[str]], list[str]]:
    sites = {"scrapinghub": scrapinghub_sites(), "readability": readability_sites(), "meta": meta_sites()}
    labels = load_labels()
    tally: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    listed: list[str] = []
    for dataset, doc, half, raw, kwargs in documents():
        if half != TUNE:
            continue
        page_labels = {k: c for k, c in labels.get((dataset, doc), {}).items() if c in categories}
        if not page_labels:
            continue
        site = sites[dataset][doc]
        fold_name = fold_of(site)
        found = _mechanisms(raw, kwargs)
        blind_kept = _blind_removed(raw, kwargs)
        if found is None:
            continue
        unreached = set(unreached_notices(page_labels, set(found)))
        for key, category in page_labels.items():
            mech = set(found.get(key, set()))
            if key not in found and category in unreached:
                mech |= {"removed", "html"}
            if blind_kept is not None and key not in blind_kept:
                mech.add("blind")
            alone = {m.split(":")[0] for m in mech} & set(INDEPENDENT)
            if len(alone) == 1:
                mech.add("single")
            if not alone:
                mech.add("none-alone")
            counter = tally[fold_name, category]
            counter["n"] += 1
            counter.update(mech)
            if listed_fold == fold_name:
                listed.append(f"{site} {dataset}/{doc[:30]} [{category}] {key[:8]} {' '.join(sorted(mech))}")
    return tally, listed


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--categories", default=",".join(FAMILIES), help="comma-separated notice categories")
    ap.add_argument("--list", choices=FOLDS, help="list one fold's notices with their mechanisms")
    args = ap.parse_args(argv)
    if not SHARED.exists():
        print(f"notice_mechanisms: {SHARED} is absent", file=sys.stderr)
        return 2
    categories = tuple(args.categories.split(","))
    tally, listed = run(categories, args.list)
    print("| category | fold | n | " + " | ".join(COLUMNS) + " |")
    print("|---|---|---|" + "---|" * len(COLUMNS))
    for category in categories:
        for fold_name in FOLDS:
            counter = tally[fold_name, category]
            if counter["n"]:
                print(f"| {category} | {fold_name} | {counter['n']} | "
                      + " | ".join(str(counter[c]) for c in COLUMNS) + " |")
    for line in listed:
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
