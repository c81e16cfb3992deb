"""Which converters' dumps give the HTML path's title, page by page, on the tune half only.

    .venv/bin/python bench/title_matrix.py                                   # textbench dumps
    .venv/bin/python bench/title_matrix.py --converted /tmp/conv             # bench/convert_pages.py's dumps
    .venv/bin/python bench/title_matrix.py --missing w3m,inscriptis --got lynx,bs4

bench/text_meta.py scores one converter at a time; a miss of one converter is easier to read beside
the converters that get the same page right: where lynx or BeautifulSoup print the headline so that
the text path takes it and w3m or inscriptis do not, the difference is in how the converters print
the page (the `<title>`, headings, image alt text, bullets, indentation), a converter-shape family
that a fix generalises from. A page is listed when one of the `--missing` converters misses its title
and, with `--got`, one of those converters gets it: the converters that agree, then each listed miss
with its family (text_meta.title_family) and the line taken. Only the tune half is listed (the split
of bench/splits.py): the holdout half is reported, never read for failures.
"""

from __future__ import annotations

import argparse
import gzip
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench.shared_data import SHARED
from bench.splits import TUNE, half_of, scrapinghub_sites
from bench.text_meta import converted_articles, fold, html_articles, title_family

#: what a converter did with one page's title: (agrees, miss family or "", the title taken)
Verdict = tuple[bool, str, str | None]


def listed(rows: dict[str, dict[str, Verdict]], missing: Iterable[str], got: Iterable[str]) -> list[str]:
    """The pages (sorted) where a `missing` converter misses the title and, when `got` names any
    converter, one of those gets it."""
    missing, got = list(missing), list(got)
    out = []
    for key, verdicts in sorted(rows.items()):
        missed = any(name in verdicts and not verdicts[name][0] for name in missing)
        right = not got or any(name in verdicts and verdicts[name][0] for name in got)
        if missed and right:
            out.append(key)
    return out


def _dumps(converted: Path | None) -> tuple[dict[str, tuple[Any, str]], dict[str, dict[str, Path]]]:
    """The HTML path's article and half of each page, and each page's dump per converter."""
    files: dict[str, dict[str, Path]] = {}
    if converted is not None:
        refs = converted_articles(converted)
        for path in converted.glob("*/*/*.txt.gz"):
            key = path.parent.parent.name + "/" + path.name.removesuffix(".txt.gz").replace("__", "/", 1)
            files.setdefault(key, {})[path.parent.name] = path
        return refs, files
    root = SHARED / "bench" / "textbench" / "scrapinghub"
    if not root.is_dir():
        raise SystemExit(f"no text dumps at {root}")
    sites = scrapinghub_sites()
    refs = {key: (article, half_of(sites[key])) for key, article in html_articles(sorted(sites)).items()}
    for path in root.glob("*/*.txt.gz"):
        files.setdefault(path.name.removesuffix(".txt.gz"), {})[path.parent.name] = path
    return refs, files


def main(argv: list[str] | None = None) -> int:
    import newsgrab

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--converted", type=Path, metavar="DIR", help="bench/convert_pages.py's dumps in DIR")
    ap.add_argument("--missing", default="w3m,inscriptis", help="comma-separated converters whose misses list a page")
    ap.add_argument("--got", default="", help="comma-separated converters one of which must get the page right")
    args = ap.parse_args(argv)
    refs, files = _dumps(args.converted)
    rows: dict[str, dict[str, Verdict]] = {}
    for key, (ref, half) in refs.items():
        if half != TUNE or not fold(ref.title):
            continue
        for converter, path in sorted(files.get(key, {}).items()):
            data = gzip.decompress(path.read_bytes())
            try:
                article = newsgrab.extract(data, kind="text")
            except newsgrab.NewsgrabError:  # a converter that printed nothing of the page
                continue
            ok = fold(article.title) == fold(ref.title)
            family = "" if ok else title_family(article, ref, data.decode("utf-8", "replace"))
            rows.setdefault(key, {})[converter] = (ok, family, article.title)
    missing = [name for name in args.missing.split(",") if name]
    for key in listed(rows, missing, [name for name in args.got.split(",") if name]):
        verdicts = rows[key]
        print(f"{key}  html: {refs[key][0].title!r}")
        print("    agree: " + (", ".join(name for name, verdict in verdicts.items() if verdict[0]) or "none"))
        for name in missing:
            if name in verdicts and not verdicts[name][0]:
                print(f"    {name} {verdicts[name][1]}: {verdicts[name][2]!r}")
    converters = sorted({name for verdicts in rows.values() for name in verdicts})
    print("\ntune half, titles agreeing: " + ", ".join(
        f"{name} {sum(v[name][0] for v in rows.values() if name in v)}/{sum(name in v for v in rows.values())}"
        for name in converters))
    return 0


if __name__ == "__main__":
    sys.exit(main())
