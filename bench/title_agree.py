"""Issue 13's title measure: does the text path's title agree with the HTML path's on the same page?

    .venv/bin/python bench/title_agree.py                    # /tmp/conv: every converter, fold A / B / holdout
    .venv/bin/python bench/title_agree.py --misses A         # and fold A's disagreements, each with its line
    .venv/bin/python bench/title_agree.py --converter w3m --misses B

For every dump `bench/convert_pages.py DIR` wrote of a bench/meta or Readability page
(`DIR/<set>/<converter>/<id>.txt.gz`), the text path's title is set against the title the HTML path
finds on the original page (not against bench/meta's truth, whose conventions the HTML path itself
meets on about four pages in five): the share of dumps where the two are equal once folded as
../shared/tools/textbench.py folds a title (`fold`: NFKC, casefolded, word tokens only), per converter
and per group of sites: fold A / fold B of the tune half (bench/notice_folds.py) and the holdout
(bench/splits.py), the groups bench/text_meta.py's `--folds` uses. A page the HTML path gives no title
for is left out; a dump the text path raises NewsgrabError on counts as a miss (bench/text_meta.py
leaves it out, so its holdout may read 0.01 higher). bench/text_meta.py's `--converted --folds` title
column is this same agreement with the HTML path, not with bench/meta's truth; this script adds what
its misses lack: where the HTML path's title is printed in the dump, and where the line taken sits.

`--misses A` (or B: a tune fold, never the holdout) lists each disagreement: the site, the text
path's title and the line it came from, the HTML path's title and the line that prints it (`@12`),
or the lines a converter wrapped it over (`@12-13 split`), or `not printed` (nothing a text rule can
do). With `--families`, every group's disagreements (the holdout's as counts only, never listed) are
counted per converter by family (`line`: another line
won, `cleaning`: one folded title holds the other, `split`: the title printed over lines in a row,
`unreachable`: not printed; bench/text_meta.py's `title_family` with the split told apart), and the
reachable ones by where the line taken sits against the title's line (`position`).

The HTML path's titles are cached in `--cache` (default /tmp/title_agree_html.json; `--fresh` to
rebuild; a cache that lacks a dump's page is rebuilt too): they move only with the HTML path, and
running it takes most of a run's time.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench.splits import HOLDOUT, SETS
from bench.text_families import fold
from bench.text_meta import FOLD_A, FOLD_B

GROUPS = (FOLD_A, FOLD_B, HOLDOUT)
#: lines a wrapped headline may be printed over (w3m and lynx wrap at 80 columns; a long headline takes three)
MAX_WRAP_LINES = 3
#: non-blank lines between the line taken and the line printing the HTML path's title for `position`
#: to call them near: a headline's header (kicker, dek, byline, date, photo and caption) spans about as many
NEAR_LINES = 8
#: the columns of the `--families` tables
FAMILIES = ("line", "cleaning", "split", "unreachable")
POSITIONS = ("none", "top", "above", "below", "far-above", "far-below", "same", "unplaced")


def key_of(path: Path) -> str:
    """`<set>/<id>` of a dump, as bench/splits.py names the page (`convert_pages.py` writes "/" as "__")."""
    return path.parent.parent.name + "/" + path.name.removesuffix(".txt.gz").replace("__", "/", 1)


def html_titles(folder: Path, cache: Path, fresh: bool) -> dict[str, list[str]]:
    """`<set>/<id>` -> [the HTML path's title, the page's group, its site] for every page with a dump."""
    if cache.is_file() and not fresh:
        cached: dict[str, list[str]] = json.loads(cache.read_text(encoding="utf-8"))
        if all(key_of(path) in cached for path in folder.glob("*/*/*.txt.gz")):  # (else a folder of other dumps)
            return cached
    from bench.notice_converted import group_of
    from bench.text_meta import converted_articles

    sites = {f"{name}/{page}": site for name in ("meta", "readability") for page, site in SETS[name]().items()}
    out = {key: [article.title or "", group_of(sites[key], True), sites[key]]
           for key, (article, _) in converted_articles(folder, folds=True).items()}
    cache.write_text(json.dumps(out, ensure_ascii=False), encoding="utf-8")
    return out


def printed_at(title: str, lines: list[str]) -> str:
    """Where a dump prints a title: `@i` (the first line whose folded text is the folded title, else
    the first that holds it, counting non-blank lines from 0; the next one when that is the first
    line, which BeautifulSoup and markdownify fill with the `<title>` and lynx with its `<link>`
    titles, and the page prints it again), `@i-j split` (the title spread over up to MAX_WRAP_LINES
    lines in a row, as w3m and lynx wrap it), or `not printed`."""
    want = fold(title)
    if not want:
        return "not printed"
    folded = [fold(line) for line in lines]
    # a line that is the title, else one that holds it ("Opinion|<headline>", a sentence naming a short one)
    hits = [i for i, line in enumerate(folded) if line == want] or [i for i, line in enumerate(folded) if want in line]
    if hits:  # (past the first line when the page prints it there too: the `<title>` line, lynx's `<link>` line)
        return f"@{hits[1] if hits[0] == 0 and len(hits) > 1 else hits[0]}"
    for span in range(2, MAX_WRAP_LINES + 1):  # the fewest lines first: the wrap, not a paragraph round it
        for i in range(len(folded) - span + 1):
            if want in " ".join(folded[i:i + span]):
                return f"@{i}-{i + span - 1} split"
    return "not printed"


def taken_at(title: str | None, lines: list[str]) -> str:
    """The line the text path's title came from: the first non-blank line whose folded text holds it."""
    want = fold(title)
    if not want:
        return "-"
    return next((f"@{i}" for i, line in enumerate(lines) if want in fold(line)), "@?")


def position(taken: str, printed: str) -> str:
    """Where the line the text path took sits against the line printing the HTML path's title (both
    `taken_at` / `printed_at` answers), a shape a reader names without the page: `none` (no title),
    `top` (the dump's first two lines: a banner, a skip link, lynx's line of `<link>` titles, the
    `<title>` line), `above` / `below` (within NEAR_LINES lines: a kicker, a site's name, a dek, a
    caption), `far-above` / `far-below` (a teaser, a section heading, a chrome line elsewhere),
    `same` (the same line, cut otherwise) or `unplaced` (the title is no printed line's text)."""
    if taken == "-":
        return "none"
    if taken == "@?" or not printed.startswith("@"):
        return "unplaced"
    mine, theirs = int(taken[1:]), int(printed[1:].split("-")[0].split()[0])
    if mine <= 1 and theirs > 1:
        return "top"
    if mine == theirs:
        return "same"
    side = "above" if mine < theirs else "below"
    return side if abs(mine - theirs) <= NEAR_LINES else f"far-{side}"


def classify(mine: str | None, theirs: str, lines: list[str]) -> tuple[str, str, str]:
    """A disagreement's family (FAMILIES: `unreachable` not printed, `split` printed over lines in a
    row, `cleaning` one folded title holds the other, else `line`), where the dump prints the HTML
    path's title (`printed_at`) and where the text path's title came from (`taken_at`)."""
    where = printed_at(theirs, lines)
    mine_f, theirs_f = fold(mine), fold(theirs)
    family = ("unreachable" if where == "not printed" else "split" if where.endswith("split")
              else "cleaning" if mine_f and (mine_f in theirs_f or theirs_f in mine_f) else "line")
    return family, where, taken_at(mine, lines)


def _counts(heading: str, rows: tuple[str, ...], counts: dict[str, Counter[tuple[str, str]]],
            converters: list[str]) -> None:
    """A markdown table: a column per row name, a row per converter, each cell fold A / fold B / holdout."""
    print(f"\n| {heading} ({' / '.join(GROUPS)}) | " + " | ".join(rows) + " |")
    print("|---|" + "---|" * len(rows))
    for converter in converters:
        print(f"| {converter} | " + " | ".join(
            " / ".join(str(counts[converter][group, row]) for group in GROUPS) for row in rows) + " |")


def main(argv: list[str] | None = None) -> int:
    import newsgrab

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--converted", type=Path, default=Path("/tmp/conv"), metavar="DIR",
                    help="bench/convert_pages.py's dumps (default /tmp/conv)")
    ap.add_argument("--converter", action="append", default=[], help="repeatable; default: every converter")
    ap.add_argument("--misses", choices=("A", "B"), help="list one tune fold's disagreements (never the holdout)")
    ap.add_argument("--families", action="store_true",
                    help="count every group's disagreements by family and position (counts only)")
    ap.add_argument("--cache", type=Path, default=Path("/tmp/title_agree_html.json"))
    ap.add_argument("--fresh", action="store_true", help="run the HTML path again, not its cached titles")
    args = ap.parse_args(argv)
    if not args.converted.is_dir():
        raise SystemExit(f"no dumps at {args.converted} (bench/convert_pages.py writes them)")
    refs = html_titles(args.converted, args.cache, args.fresh)
    converters = args.converter or sorted({p.parent.name for p in args.converted.glob("*/*/*.txt.gz")})
    listed = f"tune:{args.misses}" if args.misses else None
    print(f"| converter | title = HTML path's title: {' / '.join(GROUPS)} |")
    print("|---|---|")
    rows: list[str] = []
    #: per converter, (group, family) and (group, position) counts: aggregates only for the holdout
    families: dict[str, Counter[tuple[str, str]]] = defaultdict(Counter)
    positions: dict[str, Counter[tuple[str, str]]] = defaultdict(Counter)
    for converter in converters:
        tally: dict[str, list[int]] = {group: [0, 0] for group in GROUPS}
        for path in sorted(args.converted.glob(f"*/{converter}/*.txt.gz")):
            key = key_of(path)
            theirs, group, site = refs.get(key, ["", "", ""])
            if not fold(theirs) or group not in tally:
                continue
            data = gzip.decompress(path.read_bytes())
            try:
                mine = newsgrab.extract(data, kind="text").title
            except newsgrab.NewsgrabError:  # a converter that printed nothing of the page: a miss
                mine = None
            same = fold(mine) == fold(theirs)
            tally[group][0] += same
            tally[group][1] += 1
            if same or not (args.families or group == listed):
                continue
            lines = [line.strip() for line in data.decode("utf-8", "replace").splitlines() if line.strip()]
            family, where, taken = classify(mine, theirs, lines)
            families[converter][group, family] += 1
            if family != "unreachable":
                positions[converter][group, position(taken, where)] += 1
            if group == listed:
                shown = lines[int(where[1:].split("-")[0].split()[0])][:140] if where.startswith("@") else ""
                rows.append(f"{converter} {key} [{site}] {family}\n    text {taken}: {mine!r}\n"
                            f"    html {where}: {theirs!r}" + (f"\n    line: {shown!r}" if shown else ""))
        cells = [f"{ok / of:.2f} ({ok}/{of})" if of else "-" for ok, of in tally.values()]
        print(f"| {converter} | {' / '.join(cells)} |", flush=True)
    if args.families:
        _counts("disagreements by family", FAMILIES, families, converters)
        _counts("reachable disagreements by where the line taken sits", POSITIONS, positions, converters)
    if rows:
        print(f"\ndisagreements on {listed}:")
        print("\n".join(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
