"""The byline and date matrices' invented HTML pages, printed by every converter, read by the text path.

    PYTHONPATH=$PWD .venv/bin/python bench/text_byline_matrix.py                 # converter x (authors, date)
    PYTHONPATH=$PWD .venv/bin/python bench/text_byline_matrix.py --fails lynx    # one converter's failures
    PYTHONPATH=$PWD .venv/bin/python bench/text_byline_matrix.py --converters html2text,bs4

Issue 13 wants the text path to find authors on >= 80% of the dumps where the HTML path finds them,
on pages nobody here has. The converted bench pages (bench/text_meta.py --converted) show a gap of
~0.2 between the tune and holdout halves: the text reader learned the tune pages' shapes. This probe
takes the pages of bench/byline_matrix.py (one byline shape each, in many markups and languages) and
the HTML cases of bench/date_matrix.py (one date shape and place each), converts each with every
converter bench/convert_pages.py knows (the same calls), and reads the dump with the text path. A
byline case is scored on its authors and day as byline_matrix scores them; a date case on its day.
A case the HTML path itself fails (on the same field) is counted apart (`html-fails`): the text path
is held to what the HTML path reads. Every page is invented; nothing here reads ../shared.
"""

from __future__ import annotations

import argparse
import html as html_lib
import re
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench import byline_matrix, date_matrix
from bench.convert_pages import converters
from tests import sea_wall

Converter = Callable[[bytes, str], str]


@dataclass(frozen=True)
class Probe:
    """One matrix page and what a reader takes from it: authors None where the matrix sets none."""

    matrix: str
    name: str
    html: str
    url: str | None
    authors: tuple[str, ...] | None
    day: str | None
    title: str


def _headline(doc: str) -> str:
    """A date case's headline: its page's <h1> (the STORIES title of the case's language)."""
    found = re.search(r"<h1[^>]*>(.*?)</h1>", doc, re.S) or re.search(r"<title>(.*?)</title>", doc, re.S)
    return html_lib.unescape(found.group(1)).strip() if found else ""


def probes() -> Iterator[Probe]:
    """Every byline-matrix case, then every HTML case of the date matrix."""
    for case in byline_matrix.CASES:
        yield Probe("byline", case.name, byline_matrix.page(case), byline_matrix.URL, case.authors, case.date,
                    sea_wall.TITLE)
    for dcase in date_matrix.all_cases():
        if dcase.path == "html":
            yield Probe("date", f"{dcase.shape} / {dcase.place}", dcase.doc, dcase.url, None, dcase.expected,
                        _headline(dcase.doc))


@dataclass(frozen=True)
class Read:
    """What one path took from one page: its authors, its day (YYYY-MM-DD) and its title."""

    authors: tuple[str, ...]
    day: str | None
    title: str | None = None


def read(doc: str, kind: str, url: str | None) -> Read:
    """Run one path on the document; an error reads as nothing found."""
    import newsgrab

    try:
        article = newsgrab.extract(doc, kind=kind, url=url)
    except newsgrab.NewsgrabError:
        return Read((), None)
    return Read(tuple(article.authors), (article.published or "")[:10] or None, article.title or None)


@dataclass
class Tally:
    """One converter's counts for one field: passed, scored, and the cases the HTML path fails too."""

    passed: int = 0
    scored: int = 0
    html_fails: int = 0

    def cell(self) -> str:
        share = self.passed / self.scored if self.scored else 0.0
        return f"{self.passed:3}/{self.scored:<3} {share:4.2f} (+{self.html_fails})"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--converters", default="", help="comma list (default: every installed one but "
                    "markdownify_atx, which differs from markdownify only in its headings)")
    ap.add_argument("--fails", action="append", default=[], metavar="CONVERTER",
                    help="print this converter's failures (repeatable; 'all' for every converter)")
    ap.add_argument("--matrix", choices=("byline", "date", "both"), default="both")
    args = ap.parse_args(argv)
    found = converters()
    wanted = [c.strip() for c in args.converters.split(",") if c.strip()] or sorted(
        name for name in found if name != "markdownify_atx")
    for name in wanted:
        if name not in found:
            print(f"converter {name} is not installed here: skipped", file=sys.stderr)
    wanted = [name for name in wanted if name in found]
    show = set(wanted) if "all" in args.fails else set(args.fails)
    tallies = {name: {"authors": Tally(), "date": Tally(), "title": Tally()} for name in wanted}
    for probe in probes():
        if args.matrix not in ("both", probe.matrix):
            continue
        html = read(probe.html, "html", probe.url)
        raw = probe.html.encode("utf-8")
        for name in wanted:
            got = read(found[name](raw, probe.html), "text", probe.url)
            notes = []
            for field, want, html_got, text_got in (("authors", probe.authors, html.authors, got.authors),
                                                    ("date", probe.day, html.day, got.day),
                                                    ("title", probe.title, html.title, got.title)):
                if field == "authors" and want is None:
                    continue
                tally = tallies[name][field]
                if html_got != want:
                    tally.html_fails += 1
                    continue
                tally.scored += 1
                if text_got == want:
                    tally.passed += 1
                else:
                    notes.append(f"{field}: want {want} got {text_got}")
            if notes and name in show:
                print(f"{name:11} {probe.matrix:6} {probe.name:44} " + "; ".join(notes))
    if show:
        print()
    print(f"{'converter':12} {'authors (passed/scored, +html fails)':38} {'date':24} title")
    for name in wanted:
        row = tallies[name]
        print(f"{name:12} {row['authors'].cell():38} {row['date'].cell():24} {row['title'].cell()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
