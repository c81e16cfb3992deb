"""How often a dump's first line is the page's `<title>`, and how often its standing decides the title.

    .venv/bin/python bench/first_line.py                          # textbench's dumps, fold A / B / holdout
    .venv/bin/python bench/first_line.py --converted /tmp/conv    # bench/convert_pages.py's dumps
    .venv/bin/python bench/first_line.py --converted /tmp/conv --list tune:B   # one tune fold's decided pages

The text path's headline search gives the dump's first line the standing of the page's `<title>`
(text/title.py's `page_title`: a line printing a part of it earns points, and with no headline near
the story the first line's headline part is taken). BeautifulSoup's get_text and markdownify print
the `<title>` first; w3m, lynx, inscriptis and html2text do not, and their first line is a logo's
text, a skip link or a banner. For each converter and group this counts the dumps (`n`), those whose
first line (the text path's first block) is the page's `<title>` element (folded as textbench folds
a title; `first=<title>`), and those whose title changes when the first line is given no standing
(`decides`), split by whether the title is right (the HTML path's) with the standing and without it,
and by whether the first line is the `<title>` there. The run without the standing replaces
`page_title_parts` in text/title.py and text/titlecells.py, so it reads the pure-Python source (a
compiled build is not patched, and every `decides` count is then 0). Holdout pages are counted, never
listed.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import lxml.html

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench.shared_data import SHARED
from bench.splits import HOLDOUT
from bench.text_meta import FOLD_A, FOLD_B, dump_set, dumps_of, fold


def title_element(page: bytes) -> str:
    """The text of a page's first `<title>` element, its runs of white space made one space ("" when
    the page has none or does not parse)."""
    try:
        root = lxml.html.fromstring(page)
    except (ValueError, lxml.etree.ParserError):
        return ""
    found = root.find(".//title")
    return " ".join((found.text_content() if found is not None else "").split())


def is_title_line(line: str, title: str) -> bool:
    """Whether a dump's first line is the page's `<title>`: the same words, folded (a title of no word
    is nobody's first line)."""
    folded = fold(title)
    return bool(folded) and fold(line) == folded


def original_page(key: str, converted: bool) -> bytes | None:
    """The HTML page a dump was made from: textbench's ScrapingHub page, or the bench/meta or
    Readability page of a `--converted` dump (`<set>/<id>`, as bench/text_meta.py keys them)."""
    if not converted:
        return gzip.decompress((SHARED / "bench" / "scrapinghub" / "html" / f"{key}.html.gz").read_bytes())
    if key.startswith("readability/"):
        name = key.removeprefix("readability/")
        return (SHARED / "bench" / "readability" / "pages" / name / "source.html").read_bytes()
    _, source, ident = key.split("/", 2)
    truth = SHARED / "bench" / "meta" / source / "truth.json"
    for item in json.loads(truth.read_text(encoding="utf-8")):
        if item.get("id") == ident:
            raw = (truth.parent / item["file"]).read_bytes()
            return gzip.decompress(raw) if item["file"].endswith(".gz") else raw
    return None


@contextmanager
def first_blocks() -> Iterator[list[str]]:
    """The text of the first block of every text the text path reads inside the block (the blocks its
    span search is given: media set aside)."""
    import newsgrab.text.blocks as text_blocks

    seen: list[str] = []
    original = text_blocks.find_span

    def spy(blocks: list[Any]) -> Any:
        seen.append(blocks[0].text if blocks else "")
        return original(blocks)

    text_blocks.find_span = spy
    try:
        yield seen
    finally:
        text_blocks.find_span = original


@contextmanager
def without_first_line() -> Iterator[None]:
    """The first line given no standing inside the block: no part of it names a headline."""
    import newsgrab.text.title as title
    import newsgrab.text.titlecells as titlecells

    saved: list[tuple[Any, Callable[..., list[str]]]] = [(title, title.page_title_parts),
                                                          (titlecells, titlecells.page_title_parts)]
    for module, _ in saved:
        module.page_title_parts = lambda first: []
    try:
        yield
    finally:
        for module, function in saved:
            module.page_title_parts = function


def main(argv: list[str] | None = None) -> int:
    import newsgrab

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--converted", type=Path, metavar="DIR", help="bench/convert_pages.py's dumps in DIR")
    ap.add_argument("--converter", action="append", default=[], help="repeatable; default: every converter")
    ap.add_argument("--list", choices=(FOLD_A, FOLD_B),
                    help="list one tune fold's pages whose title the first line decides")
    args = ap.parse_args(argv)
    refs, folders, where = dump_set(args.converted, True)
    counts: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    listed: list[str] = []
    titles: dict[str, str] = {}
    for converter in args.converter or folders:
        for key, dump in dumps_of(where, converter):
            data = gzip.decompress(dump.read_bytes())
            try:
                with first_blocks() as seen:
                    kept = newsgrab.extract(data, kind="text").title
                with without_first_line():
                    dropped = newsgrab.extract(data, kind="text").title
            except newsgrab.NewsgrabError:  # a converter that printed nothing of a page
                continue
            if key not in titles:
                page = original_page(key, args.converted is not None)
                titles[key] = title_element(page) if page else ""
            ref, group = refs[key]
            tally = counts[converter, group]
            tally["n"] += 1
            first_is_title = bool(seen) and is_title_line(seen[0], titles[key])
            tally["first=<title>"] += first_is_title
            if fold(kept) == fold(dropped):
                continue
            truth = fold(ref.title)
            verdict = f"{'right' if fold(kept) == truth else 'wrong'}->{'right' if fold(dropped) == truth else 'wrong'}"
            tally["decides"] += 1
            tally[f"decides {verdict}"] += 1
            tally["decides, first=<title>" if first_is_title else "decides, first is not"] += 1
            if group == args.list and group != HOLDOUT:
                listed.append(f"{converter} {key} {verdict}: with {kept!r} / without {dropped!r} / html {ref.title!r}")
    for (converter, group), tally in sorted(counts.items()):
        print(converter, group, ", ".join(f"{name} {value}" for name, value in sorted(tally.items())))
    print("\n".join(listed))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
