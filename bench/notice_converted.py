"""Notice removal of the text path on the pages `bench/convert_pages.py` turned into text: per converter and half.

    .venv/bin/python bench/notice_removal.py --converted /tmp/conv                 # the table
    .venv/bin/python bench/notice_removal.py --converted /tmp/conv --misses tune   # ... and the tune misses
    .venv/bin/python bench/notice_removal.py --converted /tmp/conv --folds         # tune half by fold A / B

Why: the labelled notices are mostly on the bench/meta (1,208 labels) and Readability (103) pages, and
the ScrapingHub textbench dumps (`--text`) carry only 266 of them. bench/convert_pages.py converts those
pages with the same whole-page converters as textbench; no text rule was tuned on them, so their tune
half is fresh data and their holdout half is the nearest stand-in for pages nobody has. The scoring is
`score_text`'s: a text block counts only when its fingerprint is that of a labelled notice of the page
or of a block the HTML path kept as body on it (menus and footers the converters add were never
labelled); a block the text span left out of the article never reaches the pass and is not counted,
either way. A miss is listed with what the HTML path did to the same block, so a notice the HTML path
removes but the converter's text keeps shows a family the conversion made hard (its markup cue lost).
Only the listed half's misses are printed (with `--converted`, the HTML path's own misses are not):
list `tune`, never `holdout`.

The original source is counted as the HTML path counts it (`tally_source`), per converter and half, on
the pages whose labelled provenance notice reaches the text pass: of those crediting a publication,
how many name it and give its URL; of those only crediting contributors or the page's own print
edition (`credit_kind`), how many name none. Text input has no URL, so a credit can only tell the
page's own publication from another by the names the text gives.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

from bench.notice_removal import BODY, BODY_TOPICS, NOT_SCORED, credit_kind, fingerprint
from bench.splits import TUNE, half_of, meta_sites, readability_sites

#: the sets bench/convert_pages.py writes (the ScrapingHub pages are textbench's, scored by `--text`)
SETS = ("meta", "readability")
#: a row's group: the half, or within the tune half the fold of the site (`--folds`)
ALL = "all"


class Dump(NamedTuple):
    dataset: str
    doc: str
    converter: str
    site: str
    path: Path


def doc_of(dataset: str, name: str) -> str:
    """A dump's page id as the labels name it: meta dumps are `<source>__<id>` for `<source>/<id>`."""
    stem = name.removesuffix(".txt.gz")
    return stem.replace("__", "/", 1) if dataset == "meta" else stem


def dumps(folder: Path, converters: list[str] | None = None) -> Iterator[Dump]:
    """Every dump under `folder/<set>/<converter>/`, in a fixed order, with its page's site."""
    sites = {"meta": meta_sites(), "readability": readability_sites()}
    for dataset in SETS:
        root = folder / dataset
        if not root.is_dir():
            continue
        for conv_dir in sorted(p for p in root.iterdir() if p.is_dir()):
            if converters and conv_dir.name not in converters:
                continue
            for path in sorted(conv_dir.glob("*.txt.gz")):
                doc = doc_of(dataset, path.name)
                if doc in sites[dataset]:
                    yield Dump(dataset, doc, conv_dir.name, sites[dataset][doc], path)


def group_of(site: str, folds: bool) -> str:
    """The row a page counts in: its half; with `folds`, a tune page's fold ("tune:A", "tune:B")."""
    half = half_of(site)
    if folds and half == TUNE:
        from bench.notice_folds import fold_of

        return f"{TUNE}:{fold_of(site)}"
    return half


def verdict(category: str | None, removed: bool) -> tuple[str, bool] | None:
    """(what the block is: a notice category or BODY, whether the pass got it right); None when unscored."""
    if category is None or category == NOT_SCORED:
        return None
    if category == BODY or category in BODY_TOPICS:
        return BODY, not removed
    return category, removed


class Table:
    """(converter, group, what) -> seen / right; and the listed misses."""

    def __init__(self) -> None:
        self.cells: dict[tuple[str, str, str], Counter[str]] = defaultdict(Counter)
        self.misses: list[str] = []
        #: (converter, group) -> pages crediting a publication (`credit`), of them `named` and `url`;
        #: pages with contributor / own print-edition credits only (`no-source`), of them `unnamed`
        self.sources: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)

    def add_source(self, converter: str, group: str, kind: str, name: bool, url: bool) -> None:
        for conv in (converter, ALL):
            for row in {group, group.split(":")[0], ALL}:
                counts = self.sources[conv, row]
                counts[kind] += 1
                if kind == "credit":
                    counts["named"] += name
                    counts["url"] += url
                else:
                    counts["unnamed"] += not name

    def add(self, converter: str, group: str, what: str, ok: bool, chars: int = 0) -> None:
        for conv in (converter, ALL):
            for row in {group, group.split(":")[0], ALL}:
                self.cells[conv, row, what]["n"] += 1
                self.cells[conv, row, what]["ok"] += ok
                self.cells[conv, row, what]["chars"] += chars
                self.cells[conv, row, what]["ok_chars"] += chars if ok else 0

    def report(self) -> str:
        converters = [*sorted(({c for c, _, _ in self.cells} | {c for c, _ in self.sources}) - {ALL}), ALL]
        # tune (and its folds) first, then holdout, then all
        groups = [*sorted(({g for _, g, _ in self.cells} | {g for _, g in self.sources}) - {ALL},
                          key=lambda g: (not g.startswith(TUNE), g)), ALL]
        notices = sorted({w for _, _, w in self.cells} - {BODY})
        lines = ["\ntext path on the converted pages: notices removed / body blocks kept",
                 "| converter | " + " | ".join(f"{g} notices | {g} body" for g in groups) + " |",
                 "|---|" + "---|---|" * len(groups)]
        for conv in converters:
            cells = []
            for group in groups:
                seen = _sum(self.cells[conv, group, w] for w in notices)
                cells += [_share(seen), _share(self.cells[conv, group, BODY])]
            lines.append(f"| {conv} | " + " | ".join(cells) + " |")
        lines += ["\nbody characters kept", "| converter | " + " | ".join(groups) + " |",
                  "|---|" + "---|" * len(groups)]
        for conv in converters:
            cells = [self.cells[conv, group, BODY] for group in groups]
            lines.append(f"| {conv} | " + " | ".join(
                f"{100 * c['ok_chars'] / c['chars']:.2f}%" if c["chars"] else "-" for c in cells) + " |")
        lines += ["\nnotices removed by category (all converters)",
                  "| category | " + " | ".join(groups) + " |", "|---|" + "---|" * len(groups)]
        for what in (*notices, BODY):
            lines.append(f"| {what} | " + " | ".join(_share(self.cells[ALL, g, what]) for g in groups) + " |")
        lines += ["\noriginal source on the converted pages with a labelled provenance notice: crediting a "
                  "publication, source named / url found; only contributor / print-edition credits, no source named",
                  "| converter | " + " | ".join(f"{g} named | {g} url | {g} none named" for g in groups) + " |",
                  "|---|" + "---|---|---|" * len(groups)]
        for conv in converters:
            cells = []
            for group in groups:
                counts = self.sources[conv, group]
                cells += [_part(counts["named"], counts["credit"]), _part(counts["url"], counts["credit"]),
                          _part(counts["unnamed"], counts["no-source"])]
            lines.append(f"| {conv} | " + " | ".join(cells) + " |")
        return "\n".join(lines)


def _sum(counters: Iterator[Counter[str]] | list[Counter[str]]) -> Counter[str]:
    total: Counter[str] = Counter()
    for counter in counters:
        total.update(counter)
    return total


def _part(ok: int, n: int) -> str:
    return f"{ok}/{n}" if n else "-"


def _share(counter: Counter[str]) -> str:
    n, ok = counter["n"], counter["ok"]
    return f"{ok}/{n} ({100 * ok / n:.1f}%)" if n else "-"


def score_converted(folder: Path, labels: dict[tuple[str, str], dict[str, str]],
                    body_keys: dict[tuple[str, str], set[str]], html_verdicts: dict[tuple[str, str], dict[str, str]],
                    want_misses: str | None = None, converters: list[str] | None = None,
                    folds: bool = False) -> Table:
    """Tally the labelled blocks of every converted dump; list `want_misses`'s half's misses."""
    import gzip

    import newsgrab

    table = Table()
    for dump in dumps(folder, converters):
        page_labels = labels.get((dump.dataset, dump.doc), {})
        known_body = body_keys.get((dump.dataset, dump.doc), set())
        try:
            article = newsgrab.extract(gzip.decompress(dump.path.read_bytes()), kind="text")
        except newsgrab.NewsgrabError:  # a converter that printed nothing
            continue
        group = group_of(dump.site, folds)
        credited = False
        for block, removal in article.timeline:
            if not any(ch.isalnum() for ch in block.text):
                continue
            key = fingerprint(block.text)
            scored = verdict(page_labels.get(key) or (BODY if key in known_body else None), removal is not None)
            if scored is None:
                continue
            what, ok = scored
            table.add(dump.converter, group, what, ok, len(block.text))
            credited = credited or page_labels.get(key) == "syndication"
            if not ok and want_misses is not None and group.split(":")[0] == want_misses:
                mine = f"{removal.category} {removal.rule}" if removal else "kept"
                html = html_verdicts.get((dump.dataset, dump.doc), {}).get(key, "?")
                table.misses.append(f"{'LOST' if what == BODY else 'MISS'} {group} {dump.converter} {dump.site} "
                                    f"{dump.dataset}/{dump.doc[:40]} [{what}] -> {mine} (html: {html}): "
                                    f"{block.text[:160]!r}")
        if credited:
            source = article.original_source
            table.add_source(dump.converter, group, credit_kind(page_labels, article),
                             bool(source and source.name), bool(source and source.url))
    return table
