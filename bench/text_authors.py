"""The text path's authors on every whole-page dump, written before a change and diffed after it, per half.

    .venv/bin/python bench/text_authors.py write before.json --converted /tmp/conv   # on the base
    .venv/bin/python bench/text_authors.py write after.json --converted /tmp/conv    # with the change
    .venv/bin/python bench/text_authors.py diff before.json after.json

A change to the text path's byline readers has to be checked name by name over every converter and
both halves (issue 13: a wrong author is worse than none). `write` runs the text path on every
textbench dump (`../shared/bench/textbench/scrapinghub/<converter>/<id>.txt.gz`) and, with
`--converted DIR`, on the bench/meta and Readability dumps `bench/convert_pages.py DIR` wrote, and
stores each dump's authors beside the HTML path's on the original page and the page's half
(bench/splits.py). `diff` lists every tune dump whose authors moved, with the HTML path's authors
and a verdict (`right`: a name in common with the HTML path, folded as bench/text_meta.py folds;
`lost`: it had one before; `wrong`: the HTML path names someone else; `unchecked`: the HTML path
names nobody), and for the holdout half only the counts of those verdicts: the holdout pages are
scored, never read for failures. `--package-from DIR` imports newsgrab from another tree (a
`git archive` export of the base), so both runs can be made from one checkout.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench.shared_data import SHARED
from bench.splits import HOLDOUT, TUNE, half_of, scrapinghub_sites
from bench.text_meta import converted_articles, fold, html_articles


def _dumps(converted: Path | None) -> list[tuple[str, str, Path]]:
    """(original page's key, dump's key: "<converter>/<page's key>", path) of every dump."""
    root = SHARED / "bench" / "textbench" / "scrapinghub"
    pages = [(f"scrapinghub/{p.name.removesuffix('.txt.gz')}", p) for p in sorted(root.glob("*/*.txt.gz"))]
    if converted is not None:
        pages += [(p.parent.parent.name + "/" + p.name.removesuffix(".txt.gz").replace("__", "/", 1), p)
                  for p in sorted(converted.glob("*/*/*.txt.gz"))]
    return [(page, f"{path.parent.name}/{page}", path) for page, path in pages]


def write(out: Path, converted: Path | None, package_from: Path | None) -> int:
    if package_from is not None:
        sys.path.insert(0, str(package_from.resolve()))
    import newsgrab

    if package_from is not None and package_from.resolve() not in Path(newsgrab.__file__).resolve().parents:
        raise SystemExit(f"newsgrab was imported from {newsgrab.__file__}, not from {package_from}")
    sites = scrapinghub_sites()
    refs: dict[str, tuple[list[str], str]] = {
        f"scrapinghub/{key}": (list(article.authors), half_of(sites[key]))
        for key, article in html_articles(sorted(sites)).items()}
    if converted is not None:
        pairs = converted_articles(converted)
        refs.update({key: (list(article.authors), half) for key, (article, half) in pairs.items()})
    rows: dict[str, Any] = {}
    for ref, key, path in _dumps(converted):
        try:
            authors: list[str] | None = list(newsgrab.extract(gzip.decompress(path.read_bytes()), kind="text").authors)
        except newsgrab.NewsgrabError:  # a converter that printed nothing of the page
            authors = None
        html, half = refs[ref]
        rows[key] = {"authors": authors, "html": html, "half": half}
    out.write_text(json.dumps(rows, ensure_ascii=False, indent=0), encoding="utf-8")
    print(f"text_authors: {len(rows)} dumps written to {out}", file=sys.stderr)
    return 0


def verdict(before: list[str] | None, after: list[str] | None, html: list[str]) -> str:
    """How a dump's move reads against the HTML path's authors (see the module's docstring)."""
    theirs = {fold(name) for name in html}
    if not theirs:
        return "unchecked"
    if theirs & {fold(name) for name in after or []}:
        return "right"
    return "lost" if theirs & {fold(name) for name in before or []} else "wrong"


def diff(before_path: Path, after_path: Path) -> int:
    before = json.loads(before_path.read_text(encoding="utf-8"))
    after = json.loads(after_path.read_text(encoding="utf-8"))
    counts: dict[str, Counter[str]] = {TUNE: Counter(), HOLDOUT: Counter()}
    for key in sorted(before.keys() & after.keys()):
        old, new = before[key], after[key]
        if old["authors"] == new["authors"]:
            continue
        found = verdict(old["authors"], new["authors"], new["html"])
        counts[new["half"]][found] += 1
        if new["half"] == TUNE:
            print(f"{key}: {old['authors']} -> {new['authors']} (html {new['html']}): {found}")
    for half, tally in counts.items():
        print(f"{half}: {sum(tally.values())} dumps moved" + "".join(f", {n} {v}" for v, n in sorted(tally.items())))
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="command", required=True)
    w = sub.add_parser("write", help="run the text path on every dump and write its authors")
    w.add_argument("out", type=Path)
    w.add_argument("--converted", type=Path, metavar="DIR", help="bench/convert_pages.py's dumps too")
    w.add_argument("--package-from", type=Path, metavar="DIR", help="import newsgrab from DIR, not this checkout")
    d = sub.add_parser("diff", help="list the tune dumps whose authors moved; count the holdout's")
    d.add_argument("before", type=Path)
    d.add_argument("after", type=Path)
    args = ap.parse_args(argv)
    if args.command == "write":
        return write(args.out, args.converted, args.package_from)
    return diff(args.before, args.after)


if __name__ == "__main__":
    sys.exit(main())
