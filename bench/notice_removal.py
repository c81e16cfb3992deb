#!/usr/bin/env python3
"""Notice removal and body kept, by category, on the labelled real pages of ../shared/bench, per half.

    .venv/bin/python bench/notice_removal.py                  # HTML path, ScrapingHub + Readability + meta
    .venv/bin/python bench/notice_removal.py --text           # also the text path (textbench dumps)
    .venv/bin/python bench/notice_removal.py --misses tune    # list the tune half's misses (never read holdout)
    .venv/bin/python bench/notice_removal.py --text --misses tune   # ... the text path's too, by converter
    .venv/bin/python bench/notice_removal.py --text --converters w3m,lynx   # only these dumps
    .venv/bin/python bench/notice_removal.py --converted /tmp/conv   # the text path on bench/convert_pages.py's
                                                                     # dumps of the meta and Readability pages

The labels (`bench/notice_labels.tsv`) were made by hand, page by page, on the blocks newsgrab's HTML
stage hands to the boilerplate pass: every in-article notice got its category (the removal categories
of the schema), every body paragraph that merely talks about donations, copyright or sharing got
`body-donation`, `body-copyright` or `body-share`, and blocks that are neither article nor notice
(datelines, captions, "1 / 5" counters...) got `other` and are not scored. Every block without a label
is article body. A label names its block by a fingerprint of its text (`fingerprint`: a hash, never the
text itself, which stays in ../shared) and, for a person reading the file, the block's index at
labelling time.

Scores: a notice counts as removed when its block is in `removed` (or no longer reaches the pass at
all); body counts as kept when its block stays in the body. Body kept is given per block and per
character. The text path reads the textbench dumps of the ScrapingHub pages; there a text block is
scored only when its fingerprint is that of a labelled notice or of a known body block of the same
page (the whole-page converters add menus and footers nobody labelled).
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import sys
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench.shared_data import SHARED
from bench.snapshot import _meta, _readability, _scrapinghub
from bench.splits import HOLDOUT, TUNE, half_of, meta_sites, readability_sites, scrapinghub_sites

LABELS = Path(__file__).with_name("notice_labels.tsv")
HALVES = (TUNE, HOLDOUT, "all")
BODY = "body"
#: labels that mark article body talking about a notice's topic (scored as body, reported apart)
BODY_TOPICS = ("body-donation", "body-copyright", "body-share")
NOT_SCORED = "other"
#: every converter of the textbench dumps: a notice the HTML path removes but one converter's text keeps
#: is a family the converter made hard, not the page (all are scored by default; --converters narrows)
TEXT_CONVERTERS = ("trafilatura_txt", "trafilatura_md", "html2text", "markdownify", "markdownify_atx",
                   "inscriptis", "bs4", "lynx", "w3m")


def fingerprint(text: str) -> str:
    """A label's key for a block: 12 hex digits of the SHA-1 of its letters and digits, case-folded
    (of its other visible characters when it has none: a separator "* * *")."""
    normal = unicodedata.normalize("NFKC", text).casefold()
    folded = "".join(ch for ch in normal if ch.isalnum()) or "".join(normal.split())
    return hashlib.sha1(folded.encode("utf-8")).hexdigest()[:12]


class Label(NamedTuple):
    dataset: str
    doc: str
    block: int
    fingerprint: str
    category: str


def load_labels(path: Path = LABELS) -> dict[tuple[str, str], dict[str, str]]:
    """(set, doc) -> {fingerprint: category}."""
    out: dict[tuple[str, str], dict[str, str]] = defaultdict(dict)
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        dataset, doc, _block, key, category = line.split("\t")
        out[dataset, doc][key] = category
    return out


def documents() -> Iterator[tuple[str, str, str, bytes, dict[str, str]]]:
    """(set, doc id, half, raw bytes, extract kwargs) of every labelled set's pages."""
    sites = {"scrapinghub": scrapinghub_sites(), "readability": readability_sites(), "meta": meta_sites()}
    for dataset, pages in (("scrapinghub", _scrapinghub), ("readability", _readability), ("meta", _meta)):
        for name, raw, kwargs in pages():
            doc = name.split("/", 1)[1]
            yield dataset, doc, half_of(sites[dataset][doc]), raw, kwargs


class Tally:
    """Counts per half and category: notices removed / seen, body blocks and characters kept / seen."""

    def __init__(self) -> None:
        self.blocks: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
        self.misses: list[tuple[str, str, str, str, str]] = []
        #: per half: pages with a labelled provenance notice, and those whose original source has a name
        self.credited: Counter[str] = Counter()
        self.sourced: Counter[str] = Counter()
        #: per half, the same split by what the labelled notices say (`credit_kind`): pages crediting
        #: a publication (named, url found) and pages whose only credits name none (left unnamed)
        self.sources: Counter[tuple[str, str]] = Counter()
        #: pages of the listed half whose provenance notice credits a publication but whose source
        #: lacks a name or a url: (set/doc, what was found, the labelled notices' text)
        self.source_misses: list[tuple[str, str, list[str]]] = []

    def add(self, half: str, category: str, ok: bool, chars: int, fold: str = "") -> None:
        for which in (half, "all", *((f"{half}:{fold}",) if fold else ())):
            counter = self.blocks[which, category]
            counter["n"] += 1
            counter["ok"] += ok
            counter["chars"] += chars
            counter["ok_chars"] += chars if ok else 0

    def shares(self, which: str) -> tuple[float, float]:
        """(share of notices removed, share of body blocks kept) in one half (or "all")."""
        notices = [self.blocks[which, c] for c in {c for _, c in self.blocks} if c != BODY and c not in BODY_TOPICS]
        body = [self.blocks[which, c] for c in (BODY, *BODY_TOPICS)]
        removed, seen = sum(n["ok"] for n in notices), sum(n["n"] for n in notices)
        kept, total = sum(b["ok"] for b in body), sum(b["n"] for b in body)
        return removed / max(seen, 1), kept / max(total, 1)

    def report(self, title: str) -> str:
        categories = sorted({c for _, c in self.blocks})
        notices = [c for c in categories if c != BODY and c not in BODY_TOPICS]
        lines = [f"\n{title}", "| half | notices removed | body kept (blocks) | body kept (chars) | " +
                 " | ".join(BODY_TOPICS) + " |", "|---|---|---|---|" + "---|" * len(BODY_TOPICS)]
        folds = sorted({w for w, _ in self.blocks if ":" in w})
        for which in (*folds, *HALVES):
            removed = sum(self.blocks[which, c]["ok"] for c in notices)
            seen = sum(self.blocks[which, c]["n"] for c in notices)
            body = [self.blocks[which, c] for c in (BODY, *BODY_TOPICS)]
            kept, total = sum(b["ok"] for b in body), sum(b["n"] for b in body)
            kept_chars, chars = sum(b["ok_chars"] for b in body), sum(b["chars"] for b in body)
            topics = " | ".join(_share(self.blocks[which, c]["ok"], self.blocks[which, c]["n"]) for c in BODY_TOPICS)
            lines.append(f"| {which} | {_share(removed, seen)} | {_share(kept, total)} | "
                         f"{_share(kept_chars, chars, count=False)} | {topics} |")
        if self.credited:
            # the tune half's folds too, when the pages were counted by fold (`tally_source`'s `fold`)
            source_folds = sorted({w for w in self.credited if ":" in w})
            columns = (*source_folds, *HALVES)
            if source_folds:
                lines.append("\noriginal source columns: " + " | ".join(columns))
            cells = " | ".join(_share(self.sourced[w], self.credited[w]) for w in columns)
            lines.append(f"\npages with a labelled provenance notice whose original source has a name: {cells}")
            for label, key, total in (("  crediting a publication: source named", "named", "credit"),
                                      ("  crediting a publication: source url found", "url", "credit"),
                                      ("  only contributor / print-edition credits: no source named", "unnamed",
                                       "no-source")):
                cells = " | ".join(_share(self.sources[w, key], self.sources[w, total]) for w in columns)
                lines.append(f"{label}: {cells}")
        lines.append("\nnotices removed by category\n| category | " + " | ".join(HALVES) + " |\n|---|---|---|---|")
        for category in notices:
            cells = " | ".join(_share(self.blocks[w, category]["ok"], self.blocks[w, category]["n"]) for w in HALVES)
            lines.append(f"| {category} | {cells} |")
        return "\n".join(lines)


def _share(ok: int, n: int, count: bool = True) -> str:
    if not n:
        return "-"
    return f"{ok}/{n} ({100 * ok / n:.1f}%)" if count else f"{100 * ok / n:.1f}%"


def score_html(labels: dict[tuple[str, str], dict[str, str]], tally: Tally, want_misses: str | None,
               body_keys: dict[tuple[str, str], set[str]], only: str | None = None,
               html_verdicts: dict[tuple[str, str], dict[str, str]] | None = None) -> None:
    """Tally every labelled block of the pages (of the half `only`, if given) as the pass leaves it;
    `html_verdicts` gets, per page, each block's fingerprint -> its removal ("kept" when none)."""
    import newsgrab
    from bench.notice_folds import fold_of

    sites = {"scrapinghub": scrapinghub_sites(), "readability": readability_sites(), "meta": meta_sites()}
    for dataset, doc, half, raw, kwargs in documents():
        if only is not None and half != only:
            continue
        page_labels = labels.get((dataset, doc), {})
        try:
            article = newsgrab.extract(raw, **kwargs)
        except newsgrab.NewsgrabError:
            continue
        seen: set[str] = set()
        for block, removal in article.timeline:
            if not block.text:
                continue
            key = fingerprint(block.text)
            seen.add(key)
            if html_verdicts is not None:
                html_verdicts[dataset, doc][key] = f"{removal.category} {removal.rule}" if removal else "kept"
            category = page_labels.get(key, BODY)
            if category == NOT_SCORED:
                continue
            is_notice = category != BODY and category not in BODY_TOPICS
            if not is_notice:
                body_keys[dataset, doc].add(key)
            ok = (removal is not None) if is_notice else (removal is None)
            tally.add(half, category, ok, len(block.text))
            if not ok and want_misses in (half, "all"):
                what = f"{removal.category} {removal.rule}" if removal else "kept"
                tally.misses.append((dataset, doc, category, what, block.text))
        for key, category in page_labels.items():  # labelled notices the HTML stage no longer hands on
            if key not in seen and category not in (NOT_SCORED, *BODY_TOPICS):
                tally.add(half, category, True, 0)
        fold = fold_of(sites[dataset][doc]) if half == TUNE else ""
        tally_source(tally, half, page_labels, article, f"{dataset}/{doc}" if want_misses in (half, "all") else None,
                     fold)


def score_text(labels: dict[tuple[str, str], dict[str, str]], body_keys: dict[tuple[str, str], set[str]],
               converter: str, want_misses: str | None = None, folds: bool = False) -> Tally:
    """Tally the labelled blocks of one converter's dumps; `want_misses`: list that half's misses;
    `folds`: the tune half's rows by fold A / B too (`notice_folds.fold_of`)."""
    import newsgrab
    from bench.notice_folds import fold_of

    tally = Tally()
    sites = scrapinghub_sites()
    root = SHARED / "bench" / "textbench" / "scrapinghub" / converter
    for dump in sorted(root.glob("*.txt.gz")):
        doc = dump.name.removesuffix(".txt.gz")
        page_labels = labels.get(("scrapinghub", doc), {})
        known_body = body_keys.get(("scrapinghub", doc), set())
        article = newsgrab.extract(gzip.decompress(dump.read_bytes()), kind="text")
        for block, removal in article.timeline:
            if not any(ch.isalnum() for ch in block.text):
                continue  # a rule line: the whole-page converters draw hundreds, nobody labelled them
            key = fingerprint(block.text)
            category = page_labels.get(key) or (BODY if key in known_body else None)
            if category is None or category == NOT_SCORED:
                continue
            is_notice = category != BODY and category not in BODY_TOPICS
            ok = (removal is not None) if is_notice else (removal is None)
            half = half_of(sites[doc])
            fold = fold_of(sites[doc]) if folds and half == TUNE else ""
            tally.add(half, category, ok, len(block.text), fold)
            if not ok and want_misses in (half, "all"):
                what = f"{removal.category} {removal.rule}" if removal else "kept"
                tally.misses.append((f"text:{converter}", doc, category, what, block.text))
        if any(page_labels.get(fingerprint(block.text)) == "syndication" for block, _ in article.timeline):
            half = half_of(sites[doc])
            tally_source(tally, half, page_labels, article,
                         f"text:{converter}/{doc}" if want_misses in (half, "all") else None,
                         fold_of(sites[doc]) if folds and half == TUNE else "")
    return tally


def credit_kind(page_labels: dict[str, str], article: object) -> str:
    """`credit` when a labelled provenance notice of the page credits a publication, `no-source`
    when all of them only name contributors or the page's own print edition (the `no_source`
    phrases of newsgrab/data/provenance.toml: "X contributed reporting", "appears in print")."""
    from newsgrab.clean.provenance import names_no_source
    from newsgrab.clean.shapes import fold
    from newsgrab.clean.views import BlockText, PageFacts

    page = PageFacts.of(article)  # type: ignore[arg-type]
    texts = [block.text for block, _ in article.timeline  # type: ignore[attr-defined]
             if block.text and page_labels.get(fingerprint(block.text)) == "syndication"]
    blocks = [block for block, _ in article.timeline if block.text in texts]  # type: ignore[attr-defined]
    views = [BlockText.of(block, fold(block.text), page.vocabulary) for block in blocks]
    return "no-source" if views and all(names_no_source(view, page) for view in views) else "credit"


def tally_source(tally: Tally, half: str, page_labels: dict[str, str], article: object,
                 listed: str | None = None, fold: str = "") -> None:
    """Count a page with a labelled provenance notice: is its original source named, its url found?
    `listed`: the page's name when its half's misses are listed (a credit without name or url);
    `fold`: a tune page's fold (A or B), counted apart too."""
    if "syndication" not in page_labels.values():
        return
    source = article.original_source  # type: ignore[attr-defined]
    kind = credit_kind(page_labels, article)
    for which in (half, "all", *((f"{half}:{fold}",) if fold else ())):
        tally.credited[which] += 1
        tally.sourced[which] += bool(source and source.name)
        tally.sources[which, kind] += 1
        if kind == "credit":
            tally.sources[which, "named"] += bool(source and source.name)
            tally.sources[which, "url"] += bool(source and source.url)
        else:
            tally.sources[which, "unnamed"] += not (source and source.name)
    if listed and kind == "credit" and not (source and source.name and source.url):
        found = f"name={source.name!r} url={source.url!r}" if source else "none"
        cue = article.provenance.get("original_source", "-")  # type: ignore[attr-defined]
        notices = [block.text for block, _ in article.timeline  # type: ignore[attr-defined]
                   if block.text and page_labels.get(fingerprint(block.text)) == "syndication"]
        tally.source_misses.append((listed, f"{found} ({cue})", notices))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--text", action="store_true", help="also score the text path on the textbench dumps")
    ap.add_argument("--misses", choices=(TUNE, HOLDOUT, "all"), help="list the misses of this half")
    ap.add_argument("--converters", default="",
                    help="comma-separated converters to score with --text / --converted (default: all)")
    ap.add_argument("--converted", type=Path, metavar="DIR",
                    help="score the text path on bench/convert_pages.py's dumps in DIR (bench/notice_converted.py)")
    ap.add_argument("--folds", action="store_true",
                    help="with --converted or --text: the tune half split by fold A / B too")
    args = ap.parse_args(argv)
    if not SHARED.exists():
        print(f"notice_removal: {SHARED} is absent", file=sys.stderr)
        return 2
    labels = load_labels()
    tally = Tally()
    body_keys: dict[tuple[str, str], set[str]] = defaultdict(set)
    html_verdicts: dict[tuple[str, str], dict[str, str]] = defaultdict(dict)
    score_html(labels, tally, None if args.converted else args.misses, body_keys, html_verdicts=html_verdicts)
    print(tally.report("HTML path: ScrapingHub, Readability and bench/meta pages"))
    misses, source_misses = tally.misses, tally.source_misses
    if args.converted:
        from bench.notice_converted import score_converted

        only = [name for name in args.converters.split(",") if name] or None
        table = score_converted(args.converted, labels, body_keys, html_verdicts, args.misses, only, args.folds)
        print(table.report())
        for line in table.misses:
            print(line)
    if args.text:
        for converter in [name for name in args.converters.split(",") if name] or TEXT_CONVERTERS:
            text_tally = score_text(labels, body_keys, converter, args.misses, args.folds)
            print(text_tally.report(f"text path: textbench {converter}"))
            misses += text_tally.misses
            source_misses += text_tally.source_misses
    for dataset, doc, category, what, text in misses:
        print(f"MISS {dataset}/{doc[:40]} [{category}] -> {what}: {text[:160]}")
    for page, found, notices in source_misses:
        print(f"SOURCE {page[:60]} -> {found}: " + " || ".join(text[:160] for text in notices))
    return 0


if __name__ == "__main__":
    sys.exit(main())
