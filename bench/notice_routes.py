#!/usr/bin/env python3
"""Which route removes each labelled notice of the text path, on one half (tune by default).

    .venv/bin/python bench/notice_routes.py                     # tune half, the three converters
    .venv/bin/python bench/notice_routes.py --list               # ... and each notice with its route

`bench/notice_removal.py --text` says how many notices the text path removes; this says how. Each
labelled notice of a textbench dump (ScrapingHub pages of the half) is put in one route:

- `rule`: a phrase rule of newsgrab/rules (words someone wrote for a publisher's notice);
- `score:words`: the notice score, which would not take it without the cues that need a word of
  the lexicon's lists (a call to act, a topic, a provenance or bio word, the publisher's voice);
- `score:shape`: the notice score, which still takes it with those cues at zero (position,
  shortness, links and addresses, repetition, a list, the site's own name);
- `structure:<name>`: a sweep or shape of the pass (the footer sweep, a list sweep, teaser links...).

It also runs the pass twice more on the same blocks: with no rule loaded, and with no rule and the
lexicon's cues at zero (`--shape-only` weights), so the share the language-independent routes carry
alone is measured, not inferred. Body kept is given for each run. The holdout half is read only
with `--half holdout`, for a final report.

`--converted DIR --folds` reads the converted bench/meta and Readability pages of the tune half and
splits them by fold (bench/notice_folds.py): removed / seen per fold, mode and category, so fold A's
shape-only figure can be raised while fold B stays a figure. `--list` then lists fold A only
(`--fold B` lists fold B, the design fold from stop 45, when fold A had run out of shapes).
"""

from __future__ import annotations

import argparse
import gzip
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench.notice_removal import (
    BODY,
    BODY_TOPICS,
    NOT_SCORED,
    TEXT_CONVERTERS,
    Tally,
    fingerprint,
    load_labels,
    score_html,
)
from bench.shared_data import SHARED
from bench.splits import HOLDOUT, TUNE, half_of, meta_sites, readability_sites, scrapinghub_sites

#: the cues that need a word of the lexicon's lists (newsgrab/data/notice_cues.toml); the others
#: read the block's form, place and links, or the page's own names (site, author) from its header
WORD_CUES = frozenset({"publisher-voice", "self-description", "reader-address", "call-to-action", "imperative",
                       "notice-topic", "disclosure", "provenance", "author-bio", "reported-speech"})
MODES = ("shipped", "no-rules", "shape-only")


def shape_weights() -> object:
    """The packaged weights with every term that involves a word cue dropped."""
    from newsgrab.clean.score import Weights, packaged_weights

    shipped = packaged_weights()
    kept = {name: w for name, w in shipped.weights.items() if WORD_CUES.isdisjoint(name.split("*"))}
    return Weights(shipped.bias, kept, shipped.threshold, shipped.anchor_threshold)


def route(rule: str, cues: dict[str, float] | None) -> str:
    """The route of one removal (see the module)."""
    from newsgrab.clean.score import RULE_PREFIX, packaged_weights

    if rule.startswith(RULE_PREFIX):
        weights = packaged_weights()
        shape = {k: v for k, v in (cues or {}).items() if k not in WORD_CUES}
        return "score:shape" if weights.logit(shape) >= weights.threshold_logit else "score:words"
    if rule.startswith("structure.") or rule.startswith("provenance."):
        return "structure:" + rule.split(".", 1)[1]
    return "rule"


def run(text: str, mode: str) -> list[tuple[str, str | None, dict[str, float] | None]]:
    """(block text, removal rule or None, the block's score cues) of every block, in one mode."""
    import newsgrab.clean.score as score
    from newsgrab.clean.boilerplate import remove_boilerplate
    from newsgrab.clean.score import NoticeScorer
    from newsgrab.clean.shapes import fold
    from newsgrab.clean.span import body_span
    from newsgrab.clean.views import PageFacts
    from newsgrab.rules import load_rules
    from newsgrab.rules.matcher import rule_index
    from newsgrab.text.blocks import parse_text

    doc = parse_text(text)
    rules = load_rules(()) if mode == "shipped" else ()
    own_site, named_site = doc.own_domain, doc.named_domain
    original = score.packaged_weights
    if mode == "shape-only":
        weights = shape_weights()
        score.packaged_weights = lambda: weights  # type: ignore[assignment,return-value]
    try:
        result = remove_boilerplate(doc.blocks, rules, frozenset(), doc.metadata, own_site, named_site)
        texts = [fold(b.text) for b in doc.blocks]
        index = rule_index(tuple(rules))
        hits = [index.first(t) if t else None for t in texts]
        span = body_span(doc.blocks, texts, hits, NoticeScorer(PageFacts.of(doc.metadata, named_site)))
    finally:
        score.packaged_weights = original  # type: ignore[assignment]
    return [(block.text, removal.rule if removal else None, span.cues[i] or None)
            for i, (block, removal) in enumerate(result.timeline)]


def _dumps(converted: Path | None, converters: list[str] | None, half: str
           ) -> Iterator[tuple[str, Iterator[tuple[str, str, str, Path]]]]:
    """(converter, its (set, doc id, site, dump) of the half): the textbench dumps of the ScrapingHub
    pages, or the converted bench/meta and Readability pages (`--converted`)."""
    if converted is None:
        sites = scrapinghub_sites()
        for converter in converters or TEXT_CONVERTERS:
            root = SHARED / "bench" / "textbench" / "scrapinghub" / converter
            yield converter, (("scrapinghub", doc, sites[doc], dump)
                              for dump in sorted(root.glob("*.txt.gz"))
                              for doc in [dump.name.removesuffix(".txt.gz")]
                              if half_of(sites[doc]) == half)
        return
    sites_of = {"meta": meta_sites(), "readability": readability_sites()}
    found = sorted({p.name for p in converted.glob("*/*") if p.is_dir()})
    for converter in converters or found:
        def pages(converter: str = converter) -> Iterator[tuple[str, str, str, Path]]:
            for dataset, sites in sites_of.items():
                for dump in sorted((converted / dataset / converter).glob("*.txt.gz")):
                    name = dump.name.removesuffix(".txt.gz")
                    doc = name.replace("__", "/", 1) if dataset == "meta" else name
                    if doc in sites and half_of(sites[doc]) == half:
                        yield dataset, doc, sites[doc], dump
        yield converter, pages()


def _group(site: str, folds: bool) -> str:
    """A page's row: its half (""), or with `folds` its tune fold ("A", "B")."""
    if not folds:
        return ""
    from bench.notice_folds import fold_of

    return fold_of(site)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--half", choices=(TUNE, HOLDOUT), default=TUNE)
    ap.add_argument("--list", action="store_true",
                    help="print each notice with its route and, as x or ., whether each mode removes it")
    ap.add_argument("--converter", action="append", help="only these converters (default: all three)")
    ap.add_argument("--converted", type=Path, metavar="DIR",
                    help="the bench/meta and Readability pages bench/convert_pages.py converted into DIR, "
                         "with its converters, instead of the textbench dumps")
    ap.add_argument("--folds", action="store_true",
                    help="the tune half by fold A / B, per category; --list lists one fold only (--fold)")
    ap.add_argument("--fold", choices=("A", "B"), default="A",
                    help="with --folds --list: the fold listed (B is the design fold from stop 45)")
    ap.add_argument("--only", help="with --list: only notices of this category (or 'body' for body lost)")
    args = ap.parse_args(argv)
    if not SHARED.exists():
        print(f"notice_routes: {SHARED} is absent", file=sys.stderr)
        return 2
    if args.folds and args.half != TUNE:
        print("notice_routes: --folds splits the tune half only", file=sys.stderr)
        return 2
    labels = load_labels()
    body_keys: dict[tuple[str, str], set[str]] = defaultdict(set)
    score_html(labels, Tally(), None, body_keys, only=args.half)
    #: (fold, category, mode) -> removed (notices) or kept (body) / seen, over every converter
    pooled: dict[tuple[str, str, str], Counter[str]] = defaultdict(Counter)
    listed: list[str] = []
    #: (converter, fold, mode, notice or body) -> removed / kept of seen
    by_converter: dict[tuple[str, str, str, bool], Counter[str]] = defaultdict(Counter)
    for converter, dumps in _dumps(args.converted, args.converter, args.half):
        routes: Counter[str] = Counter()
        removed: Counter[str] = Counter()
        kept: Counter[str] = Counter()
        notices = body = 0
        lines = []
        for dataset, doc, site, dump in dumps:
            page_labels = labels.get((dataset, doc), {})
            if args.converted and not any(c not in (NOT_SCORED, *BODY_TOPICS) for c in page_labels.values()):
                continue  # a converted page without a labelled notice: nothing to route (a quicker run)
            fold = _group(site, args.folds)
            known = body_keys.get((dataset, doc), set())
            text = gzip.decompress(dump.read_bytes()).decode("utf-8", "replace")
            runs = {mode: run(text, mode) for mode in MODES}
            for i, (block_text, rule, cues) in enumerate(runs["shipped"]):
                if not any(ch.isalnum() for ch in block_text):
                    continue
                key = fingerprint(block_text)
                category = page_labels.get(key) or (BODY if key in known else None)
                if category is None or category == NOT_SCORED:
                    continue
                is_notice = category != BODY and category not in BODY_TOPICS
                notices += is_notice
                body += not is_notice
                name = category if is_notice else BODY
                for mode in MODES:
                    gone = runs[mode][i][1] is not None
                    removed[mode] += is_notice and gone
                    kept[mode] += (not is_notice) and not gone
                    for cell in (pooled[fold, name, mode], by_converter[converter, fold, mode, is_notice]):
                        cell["n"] += 1
                        cell["ok"] += gone if is_notice else not gone
                if args.list and fold in ("", args.fold) and (args.only in (None, name)) and (is_notice or rule):
                    found = route(rule, cues) if rule else "kept"
                    if is_notice:
                        routes[found] += 1
                    shape = "+".join(sorted(k for k in (cues or {}) if k not in WORD_CUES))
                    modes = "".join("x" if runs[mode][i][1] is not None else "." for mode in MODES)
                    where = f"{fold} " if fold else ""
                    lines.append(f"  {found:28} {modes} [{name}] {where}{dataset[:4]}:{doc[:24]}#{i} ({rule}) "
                                 f"shape={shape}: {block_text[:90]!r}")
                elif is_notice:
                    routes[route(rule, cues) if rule else "kept"] += 1
        if args.folds:
            listed += [f"{converter[:10]:10} {line}" for line in lines]
            continue  # per converter, the folds together would mix fold B into what is read: pooled below
        where = "; pages with a labelled notice" if args.converted else ""
        print(f"\n{converter} ({args.half}{where}): {notices} notices, {body} body blocks")
        for mode in MODES:
            print(f"  {mode:11} removed {removed[mode]}/{notices}, body kept {kept[mode]}/{body}")
        print("  routes (shipped): " + ", ".join(f"{name} {n}" for name, n in routes.most_common()))
        if args.list:
            print("\n".join(sorted(lines)))
    if args.folds:
        print(_fold_table(pooled))
        print(_converter_table(by_converter))
        if args.list:
            print("\n".join(sorted(listed, key=lambda line: line[11:])))
    return 0


def _converter_table(counts: dict[tuple[str, str, str, bool], Counter[str]]) -> str:
    """Notices removed and body kept per converter, fold and mode."""
    head = [f"{fold}:{mode}" for fold in ("A", "B") for mode in MODES]
    out = ["\nper converter: notices removed / body kept",
           "| converter | " + " | ".join(head) + " |", "|---|" + "---|" * len(head)]
    for converter in sorted({c for c, _, _, _ in counts}):
        cells = [" ".join(f"{counts[converter, h.split(':')[0], h.split(':')[1], notice]['ok']}/"
                          f"{counts[converter, h.split(':')[0], h.split(':')[1], notice]['n']}"
                          for notice in (True, False)) for h in head]
        out.append(f"| {converter} | " + " | ".join(cells) + " |")
    return "\n".join(out)


def _fold_table(pooled: dict[tuple[str, str, str], Counter[str]]) -> str:
    """Removed / seen (kept / seen for body) per category, fold and mode, every converter pooled."""
    names = [*sorted({name for _, name, _ in pooled} - {BODY}), BODY]
    head = [f"{fold}:{mode}" for fold in ("A", "B") for mode in MODES]
    out = ["\ntune half by fold, all converters pooled: notices removed / body kept",
           "| category | " + " | ".join(head) + " |", "|---|" + "---|" * len(head)]
    totals: dict[str, Counter[str]] = defaultdict(Counter)
    for name in names:
        cells = []
        for fold in ("A", "B"):
            for mode in MODES:
                cell = pooled[fold, name, mode]
                if name != BODY:
                    totals[f"{fold}:{mode}"].update(cell)
                cells.append(f"{cell['ok']}/{cell['n']}" if cell["n"] else "-")
        out.append(f"| {name} | " + " | ".join(cells) + " |")
    out.append("| notices | " + " | ".join(
        f"{totals[h]['ok']}/{totals[h]['n']} ({100 * totals[h]['ok'] / max(totals[h]['n'], 1):.1f}%)"
        for h in head) + " |")
    return "\n".join(out)


if __name__ == "__main__":
    sys.exit(main())
