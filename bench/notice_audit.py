#!/usr/bin/env python3
"""What the pass's removals of labelled notices rest on: words, markup tokens or shape (tune half only).

    .venv/bin/python bench/notice_audit.py                 # tally by category and route, tune half
    .venv/bin/python bench/notice_audit.py --shape-only    # also: the pass with no rule, no word cue, no hint
    .venv/bin/python bench/notice_audit.py --list related  # each removed notice of a category and its route

A labelled notice (bench/notice_labels.tsv) of the tune half is removed by one of these routes:

- `html-stage`: the HTML stage never handed it to the pass (region choice, class/id tokens of
  newsgrab/rules/selectors.toml): markup;
- `rule`: a rule of newsgrab/rules/*.toml matched its text: words;
- `structure`: a shape of the pass (related.py's teasers, the footer and list sweeps, separators,
  breadcrumbs): shape, though a sweep follows notices that other routes found;
- `score`: the notice score. Its cues are read again: `score-shape` when the block is still a notice
  with the word cues (`WORD_CUES`) and the markup cue set to 0, `score-words` when it needs the words,
  `score-markup` when it needs the markup cue, `score-both` when it needs either.

`--shape-only` runs the pass again with no rule loaded, every word cue at 0 and every block's hints
dropped: what shape and position alone remove (the measure of "would it fire without the phrase").

`--tokens-off` asks what the HTML stage's class/id tokens carry: it copies `newsgrab` and `bench` to
a temporary folder, empties the token lists of the strong groups of newsgrab/rules/selectors.toml
that name notices (`TOKEN_GROUPS`), extracts the tune pages there and compares: the labelled notices
removed by category, and the blocks that reach the pass only without the tokens (no label: the
labels were made on what the HTML stage hands on), how many of them the pass keeps, by page.
The holdout half is never read here.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from collections.abc import Iterator, Mapping
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench.notice_removal import BODY, BODY_TOPICS, NOT_SCORED, documents, fingerprint, load_labels
from bench.shared_data import SHARED
from bench.splits import TUNE

#: the score's cues that read words of the lexicon's lists (newsgrab/data/notice_cues.toml)
WORD_CUES = frozenset({"publisher-voice", "self-description", "reader-address", "call-to-action", "imperative",
                       "notice-topic", "disclosure", "provenance", "author-bio", "reported-speech"})
#: the score's cue that reads the markup around the block (class tokens, controls, payment logos)
MARKUP_CUES = frozenset({"markup"})
FOCUS = ("related", "comments", "separator", "share", "advertisement")
#: the strong token groups of newsgrab/rules/selectors.toml that `--tokens-off` empties
TOKEN_GROUPS = ("share", "comments", "related", "newsletter", "ads", "author-bio")
ROOT = Path(__file__).resolve().parents[1]


def _tune_pages() -> Iterator[tuple[str, str, dict[str, str], list[object], object]]:
    """(set, doc, labels, blocks, article) of each tune page, its blocks as the pass receives them."""
    import newsgrab
    from newsgrab.options import Options

    labels = load_labels()
    for dataset, doc, half, raw, kwargs in documents():
        if half != TUNE:
            continue
        try:
            article = newsgrab.extract(raw, options=Options(keep=frozenset({"all"})), **kwargs)
        except newsgrab.NewsgrabError:
            continue
        yield dataset, doc, labels.get((dataset, doc), {}), [block for block, _ in article.timeline], article


def _score_route(cues: Mapping[str, float]) -> str:
    from newsgrab.clean.score import packaged_weights

    weights = packaged_weights()

    def notice(drop: frozenset[str]) -> bool:
        return weights.logit({k: v for k, v in cues.items() if k not in drop}) >= weights.threshold_logit

    if notice(WORD_CUES | MARKUP_CUES):
        return "score-shape"
    if notice(MARKUP_CUES):
        return "score-words"
    if notice(WORD_CUES):
        return "score-markup"
    return "score-both"


def _run(blocks: list[object], article: object, shape_only: bool) -> tuple[list[object], list[dict[str, float]]]:
    """The pass's verdict on each block (None when kept) and each block's cues."""
    from newsgrab.clean import boilerplate, span
    from newsgrab.clean.score import NoticeScorer
    from newsgrab.rules import load_rules

    captured: list[list[dict[str, float]]] = []
    real_span = span.body_span

    def spy(*args: object, **kwargs: object) -> object:
        found = real_span(*args, **kwargs)  # type: ignore[arg-type]
        captured.append(found.cues)
        return found

    class Blind(NoticeScorer):
        def text_cues(self, view: object) -> dict[str, float]:  # type: ignore[override]
            return {k: v for k, v in super().text_cues(view).items()  # type: ignore[arg-type]
                    if k not in WORD_CUES and k not in MARKUP_CUES}

    saved = boilerplate.body_span, boilerplate.NoticeScorer
    boilerplate.body_span = spy  # type: ignore[assignment]
    if shape_only:
        boilerplate.NoticeScorer = Blind  # type: ignore[misc]
        blocks = [dataclasses.replace(b, hints=()) for b in blocks]  # type: ignore[type-var]
    try:
        result = boilerplate.remove_boilerplate(blocks, () if shape_only else load_rules(), frozenset(),
                                                article)  # type: ignore[arg-type]
    finally:
        boilerplate.body_span, boilerplate.NoticeScorer = saved  # type: ignore[misc]
    return [removal for _, removal in result.timeline], captured[0]


def _dump() -> dict[str, list[tuple[str, str, bool]]]:
    """doc -> [(fingerprint, label, removed)] of every block of the tune pages, as this tree's pass leaves them."""
    out = {}
    for dataset, doc, labels, blocks, article in _tune_pages():
        verdicts = _run(blocks, article, False)[0]
        out[f"{dataset}/{doc}"] = [(key, labels.get(key, BODY), removal is not None)
                                   for block, removal in zip(blocks, verdicts, strict=True)
                                   if (key := fingerprint(block.text)) and block.text]  # type: ignore[attr-defined]
    return out


def _without_tokens(groups: tuple[str, ...]) -> dict[str, list[tuple[str, str, bool]]]:
    """`_dump` of a copy of this tree whose `groups` of selectors.toml match nothing."""
    with tempfile.TemporaryDirectory() as tmp:
        for part in ("newsgrab", "bench"):
            shutil.copytree(ROOT / part, Path(tmp) / part, ignore=shutil.ignore_patterns("__pycache__"))
        path = Path(tmp) / "newsgrab" / "rules" / "selectors.toml"
        text = path.read_text(encoding="utf-8")
        for group in groups:
            text, count = re.subn(rf'(name = "{re.escape(group)}"\n(?:.*\n)*?tokens = )\[[^\]]*\]',
                                  r'\1["never-a-class-token"]', text, count=1)
            if count != 1:
                raise SystemExit(f"notice_audit: no token group {group!r} in selectors.toml")
        path.write_text(text, encoding="utf-8")
        dump = Path(tmp) / "dump.json"
        env = {**os.environ, "PYTHONPATH": tmp, "NEWSGRAB_SHARED": str(SHARED)}
        subprocess.run([sys.executable, str(Path(tmp) / "bench" / "notice_audit.py"), "--dump", str(dump)],
                       check=True, env=env)
        found: dict[str, list[tuple[str, str, bool]]] = json.loads(dump.read_text(encoding="utf-8"))
        return found


def _report_tokens(base: Mapping[str, list[tuple[str, str, bool]]],
                   bare: Mapping[str, list[tuple[str, str, bool]]]) -> None:
    """The labelled notices removed with and without the token groups, and the blocks only the
    tokenless stage hands on (kept / all), by page."""
    print(f"\nwithout the token groups {', '.join(TOKEN_GROUPS)} (labelled notices removed: with / without)")
    by: dict[str, Counter[str]] = defaultdict(Counter)
    every = load_labels()
    for name, rows in (("with", base), ("without", bare)):
        for page, blocks in rows.items():
            dataset, doc = page.split("/", 1)
            labels = every.get((dataset, doc), {})
            seen = {key for key, _, _ in blocks}
            for _key, category, removed in blocks:
                if category not in (BODY, NOT_SCORED, *BODY_TOPICS):
                    by[category][name] += removed
            for key, category in labels.items():  # labelled notices the stage does not hand on: removed
                if key not in seen and category not in (NOT_SCORED, *BODY_TOPICS):
                    by[category][name] += 1
    for category in sorted(by, key=lambda c: (c not in FOCUS, c)):
        print(f"  {category:14} {by[category]['with']} / {by[category]['without']}")
    new = kept = 0
    pages = []
    for page, blocks in bare.items():
        known = {key for key, _, _ in base.get(page, [])}
        extra = [removed for key, _, removed in blocks if key not in known]
        new, kept = new + len(extra), kept + extra.count(False)
        if extra.count(False):
            pages.append((extra.count(False), len(extra), page))
    print(f"  blocks handed on only without the tokens: {new}, of them kept by the pass: {kept}")
    for stays, total, page in sorted(pages, reverse=True)[:12]:
        print(f"    {stays}/{total} kept  {page[:60]}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shape-only", action="store_true", help="also run the pass with shape alone")
    ap.add_argument("--list", metavar="CATEGORY", help="list each removed notice of this category")
    ap.add_argument("--tokens-off", action="store_true", help="also extract with the notice token groups emptied")
    ap.add_argument("--dump", metavar="JSON", help=argparse.SUPPRESS)  # --tokens-off's child run
    args = ap.parse_args(argv)
    if not SHARED.exists():
        print(f"notice_audit: {SHARED} is absent", file=sys.stderr)
        return 2
    if args.dump:
        Path(args.dump).write_text(json.dumps(_dump()), encoding="utf-8")
        return 0
    if args.tokens_off:
        _report_tokens(_dump(), _without_tokens(TOKEN_GROUPS))
        return 0
    routes: dict[str, Counter[str]] = defaultdict(Counter)
    shape: dict[str, Counter[str]] = defaultdict(Counter)
    body_kept = Counter[str]()
    for _dataset, doc, labels, blocks, article in _tune_pages():
        verdicts, cues = _run(blocks, article, False)
        blind = _run(blocks, article, True)[0] if args.shape_only else [None] * len(blocks)
        seen = set()
        for block, removal, cue, alone in zip(blocks, verdicts, cues, blind, strict=True):
            text = block.text  # type: ignore[attr-defined]
            if not text:
                continue
            key = fingerprint(text)
            seen.add(key)
            category = labels.get(key, BODY)
            if category == NOT_SCORED:
                continue
            if category == BODY or category in BODY_TOPICS:
                body_kept["n"] += 1
                body_kept["full"] += removal is None
                body_kept["shape"] += alone is None
                continue
            shape[category]["n"] += 1
            shape[category]["removed"] += alone is not None
            if removal is None:
                route = "missed"
            else:
                rule = removal.rule  # type: ignore[attr-defined]
                route = (_score_route(cue) if rule.startswith("score:")
                         else rule if rule.startswith("structure.") or rule == "provenance.credit" else "rule")
                route = route.split("-run")[0].split("-single")[0] if route.startswith("structure.related") else route
            routes[category][route] += 1
            if args.list == category:
                shown = ("shape-alone " + ("yes" if alone is not None else "no ")) if args.shape_only else ""
                print(f"{route:24} {shown} {doc[:30]:30} {getattr(removal, 'rule', '-')[:50]:50} {text[:70]!r}")
        for key, category in labels.items():
            if key not in seen and category not in (NOT_SCORED, *BODY_TOPICS):
                routes[category]["html-stage"] += 1
                shape[category]["n"] += 1
                shape[category]["removed"] += 1
    names = sorted({r for c in routes.values() for r in c})
    print("| category | " + " | ".join(names) + " |\n|---|" + "---|" * len(names))
    total = Counter[str]()
    for category in sorted(routes, key=lambda c: (c not in FOCUS, c)):
        total.update(routes[category])
        print(f"| {category} | " + " | ".join(str(routes[category][r] or "") for r in names) + " |")
    print("| all | " + " | ".join(str(total[r]) for r in names) + " |")
    if args.shape_only:
        print("\nshape alone (no rule, no word cue, no hint; html-stage removals counted as removed)")
        for category in sorted(shape, key=lambda c: (c not in FOCUS, c)):
            print(f"  {category:14} {shape[category]['removed']}/{shape[category]['n']}")
        print(f"  all notices    {sum(c['removed'] for c in shape.values())}/{sum(c['n'] for c in shape.values())}")
        print(f"  body kept      full {body_kept['full']}/{body_kept['n']}, "
              f"shape alone {body_kept['shape']}/{body_kept['n']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
