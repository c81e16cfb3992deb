"""newsgrab's figures on each half of the fixed split (bench/splits.py): the tuned half and the untouched one.

    .venv/bin/python bench/halves.py body                     # HTML path: ScrapingHub and Readability
    .venv/bin/python bench/halves.py text [--converter lynx]  # text path: the textbench dumps (with the
                                                              # title, authors, date found against the HTML path)
    .venv/bin/python bench/halves.py meta RUN.json            # a metabench --json file, per half
    .venv/bin/python bench/halves.py text --converted /tmp/conv   # text path body F1 on the Readability
                                                              # pages bench/convert_pages.py converted
    .venv/bin/python bench/halves.py text --converted /tmp/conv --folds   # and the tune half by fold A / B

`body` and `text` run newsgrab here and score with the shared metric (evalbench's shingle counts and
its ScrapingHub averaging, imported from its path, never copied), once per half and once for all.
`meta` re-reads the per-page verdicts that `../shared/tools/metabench.py --json RUN.json` wrote
(newsgrab and every peer in it) and averages them per half. A gap between the halves is a finding:
report it next to the tuned figure.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench.shared_data import SHARED, load_evalbench
from bench.splits import HOLDOUT, TUNE, half_of, meta_sites, readability_sites, scrapinghub_sites

HALVES = (TUNE, HOLDOUT, "all")


def body(datasets: list[str]) -> None:
    import newsgrab

    eb = load_evalbench()
    sites = {"scrapinghub": scrapinghub_sites(), "readability": readability_sites()}
    for name in datasets:
        rows: dict[str, list[tuple[float, float, float]]] = defaultdict(list)
        for doc in eb.load_docs(name, eb.ROOTS[name]):
            counts = eb.shingle_counts(doc["truth"], newsgrab.extract(doc["raw"], url=doc["url"]).body)
            for which in (half_of(sites[name][doc["id"]]), "all"):
                rows[which].append(counts)
        _print_summary(f"{name} (HTML path)", rows, eb)


def text(converters: list[str]) -> None:
    """Body F1 per half, and beside it what textbench also measures against the HTML path on the same
    page: the title's exact agreement (folded as textbench folds) and the share of pages where the
    text path finds authors / a published date among those where the HTML path does."""
    import newsgrab

    eb = load_evalbench()
    truth = json.loads((SHARED / "bench" / "scrapinghub" / "ground-truth.json").read_text(encoding="utf-8"))
    sites = scrapinghub_sites()
    root = SHARED / "bench" / "textbench" / "scrapinghub"
    html: dict[str, Any] = {}  # the HTML path's article for each page, computed once
    for converter in converters or sorted(p.name for p in root.iterdir() if p.is_dir()):
        rows: dict[str, list[tuple[float, float, float]]] = defaultdict(list)
        found: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
        for dump in sorted((root / converter).glob("*.txt.gz")):
            key = dump.name.removesuffix(".txt.gz")
            article = newsgrab.extract(gzip.decompress(dump.read_bytes()), kind="text")
            if key not in html:
                page = (SHARED / "bench" / "scrapinghub" / "html" / f"{key}.html.gz").read_bytes()
                url = truth[key].get("url")
                html[key] = newsgrab.extract(gzip.decompress(page), kind="html",
                                             url=url if (url or "").startswith("http") else None)
            counts = eb.shingle_counts(truth[key].get("articleBody", ""), article.body)
            ref = html[key]
            for which in (half_of(sites[key]), "all"):
                rows[which].append(counts)
                for name, has, ok in (("title", bool(_fold(ref.title)), _fold(article.title) == _fold(ref.title)),
                                      ("authors", bool(ref.authors), bool(article.authors)),
                                      ("published", bool(ref.published), bool(article.published))):
                    if has:
                        found[which][name][0] += ok
                        found[which][name][1] += 1
        _print_summary(f"textbench {converter} (text path)", rows, eb, found)


def converted_text(folder: Path, converters: list[str], folds: bool = False) -> None:
    """Body F1 per half of the text path on the Readability pages as `bench/convert_pages.py` turned
    them into text (`folder/readability/<converter>/<page>.txt.gz`), against Readability's own truth,
    with the HTML path's F1 on the same pages first: text no text rule was tuned on. With `folds`
    the tune half's rows are also split by fold (`notice_converted.group_of`): design on fold A and
    keep a change only if fold B, never read, holds too."""
    import newsgrab
    from bench.notice_converted import group_of

    eb = load_evalbench()
    sites = readability_sites()
    docs = {doc["id"]: doc for doc in eb.load_docs("readability", eb.ROOTS["readability"])}
    root = folder / "readability"
    rows: dict[str, list[tuple[float, float, float]]] = defaultdict(list)
    for key, doc in docs.items():
        counts = eb.shingle_counts(doc["truth"], newsgrab.extract(doc["raw"], url=doc["url"]).body)
        for which in {half_of(sites[key]), group_of(sites[key], folds), "all"}:
            rows[which].append(counts)
    _print_summary("Readability pages (HTML path)", rows, eb)
    for converter in converters or sorted(p.name for p in root.iterdir() if p.is_dir()):
        rows = defaultdict(list)
        for key, doc in docs.items():
            dump = root / converter / f"{key}.txt.gz"
            if not dump.is_file():
                continue
            try:
                body = newsgrab.extract(gzip.decompress(dump.read_bytes()), kind="text").body
            except newsgrab.NewsgrabError:  # a converter that printed nothing
                body = ""
            for which in {half_of(sites[key]), group_of(sites[key], folds), "all"}:
                rows[which].append(eb.shingle_counts(doc["truth"], body))
        _print_summary(f"Readability pages through {converter} (text path)", rows, eb)


def _fold(title: str | None) -> str:
    """textbench's folding of a title: NFKC, casefolded, word tokens only."""
    return " ".join(re.findall(r"\w+", unicodedata.normalize("NFKC", title or "").casefold()))


def _print_summary(title: str, rows: dict[str, list[tuple[float, float, float]]], eb: Any,
                   found: dict[str, dict[str, list[int]]] | None = None) -> None:
    extra = " title = HTML path's | authors found | published found |" if found else ""
    rule = "|---|---|---|---|---|" + "---|" * (3 if found else 0)
    print(f"\n{title}\n| half | docs | F1 | precision | recall |{extra}\n{rule}")
    for which in (*HALVES[:1], f"{TUNE}:A", f"{TUNE}:B", *HALVES[1:]):
        if rows.get(which):
            s = eb.shingle_summary(rows[which])
            cells = ""
            if found:
                cells = "".join(f" {ok}/{of} ({ok / of:.2f}) |" if of else " - |"
                                for ok, of in (found[which][name] for name in ("title", "authors", "published")))
            print(f"| {which} | {len(rows[which])} | {s['f1']:.3f} | {s['precision']:.3f} | {s['recall']:.3f} |{cells}")


def meta(run: Path) -> None:
    data = json.loads(run.read_text(encoding="utf-8"))
    sites = meta_sites()
    # extractor -> field -> half -> verdicts
    scores: dict[str, dict[str, dict[str, list[float]]]] = defaultdict(lambda: defaultdict(lambda: defaultdict(list)))
    for page in data["per_page"]:
        which = half_of(sites.get(f"{page['source']}/{page['id']}", "unknown"))
        for extractor, verdicts in page["scores"].items():
            for field, ok in verdicts.items():
                if ok is not None:  # a verdict (True/False) or a score (body F1)
                    scores[extractor][field][which].append(float(ok))
                    scores[extractor][field]["all"].append(float(ok))
    for extractor, fields in scores.items():
        print(f"\n{extractor} on bench/meta, per half (share of pages right, or mean body F1; n = pages with a truth)")
        print("| half | " + " | ".join(fields) + " |\n|---|" + "---|" * len(fields))
        for which in HALVES:
            cells = [f"{sum(v) / len(v):.3f} (n={len(v)})" if (v := fields[f][which]) else "-" for f in fields]
            print(f"| {which} | " + " | ".join(cells) + " |")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="command", required=True)
    b = sub.add_parser("body", help="HTML path body F1 per half")
    b.add_argument("--datasets", default="scrapinghub,readability")
    t = sub.add_parser("text", help="text path body F1 per half, per converter")
    t.add_argument("--converter", action="append", default=[], help="repeatable; default: every converter")
    t.add_argument("--converted", type=Path, metavar="DIR",
                   help="score bench/convert_pages.py's Readability dumps in DIR instead of textbench's")
    t.add_argument("--folds", action="store_true", help="with --converted: the tune half by fold A / B too")
    m = sub.add_parser("meta", help="a metabench --json file per half")
    m.add_argument("run", type=Path)
    args = ap.parse_args(argv)
    if args.command == "body":
        body([d for d in args.datasets.split(",") if d])
    elif args.command == "text" and args.converted:
        converted_text(args.converted, args.converter, args.folds)
    elif args.command == "text":
        text(args.converter)
    else:
        meta(args.run)
    return 0


if __name__ == "__main__":
    sys.exit(main())
