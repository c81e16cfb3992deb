"""The ceiling of the text path's authors on whole-page dumps: where the HTML path's name is printed at all.

    .venv/bin/python bench/author_ceiling.py                           # textbench, fold A / B / holdout
    .venv/bin/python bench/author_ceiling.py --converted /tmp/conv     # bench/meta and Readability dumps
    .venv/bin/python bench/author_ceiling.py --list tune:A             # one tune fold's printed misses

Issue 13 asks the text path to find authors on 80% of the pages where the HTML path names one. A
rule can only read a name the dump prints, so before a byline reader is blamed for the holdout's gap
this script counts, per group (fold A / fold B / holdout, every converter but trafilatura's, which
print no header), the pages where the HTML path names an author, those whose dump prints one of its
names (folded as bench/text_meta.py folds), those where the name is printed only as a link's address
(`slug`: "/author/jane-doe" in a markdown link or a lynx/w3m reference list, no text of it), and the
pages the text path gets right. The printed pages the text path misses are then counted by where
the nearest printing line sits against the title line the text path chose (`above`, `title`, `<=5`,
`<=20`, `farther`, `after-end`: after the last line of the body it kept; `no-title`) and by the
shape of that line (`labelled`, `dated`, `alone`, `linked`, `role`: "Name, Staff Writer",
`in-line`) and by what the text path makes of it (`place`: `title-wrong`, `gate`, `other-name`,
`shape`). The holdout is given as counts only; `--list` prints one tune fold's misses.
"""

from __future__ import annotations

import argparse
import gzip
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench.splits import HOLDOUT
from bench.text_families import fold, title_line
from bench.text_meta import FOLD_A, FOLD_B, dump_set, dumps_of

GROUPS = (FOLD_A, FOLD_B, HOLDOUT)
POSITIONS = ("above", "title", "<=5", "<=20", "farther", "after-end", "no-title")
SHAPES = ("labelled", "dated", "alone", "linked", "role", "in-line")
#: why a printed name was missed, by what the text path's own line reader and title say of it
READINGS = ("title-wrong", "gate", "other-name", "shape")


#: a link's or a picture's address, and a bare URL (a lynx/w3m reference): text a reader never sees
_ADDRESS_RE = re.compile(r"\]\([^)]*\)|(?:https?:)?//\S+")


def _slug(name: str) -> str:
    return "-".join(fold(name).split())


def _body_end(article: Any, lines: list[str]) -> int | None:
    """The index of the dump's line that prints the body's last paragraph (its first words), or None."""
    paragraphs = [p for p in article.body.split("\n") if len(fold(p)) > 20]
    if not paragraphs:
        return None
    key = fold(paragraphs[-1])[:40]
    hits = [i for i, line in enumerate(lines) if key and key in fold(line)]
    return hits[-1] if hits else None


def place(article: Any, ref: Any, text: str) -> tuple[str, str, str, str]:
    """(printed: `printed` / `slug` / `unprinted`, position, shape, reading) of the HTML path's name in a
    dump. The reading says which part of the text path a miss is owed to: `title-wrong` (it took another
    title line than the HTML path's title, so it read the wrong header), else what
    `text.byline.byline_names` (the shape test every header reader starts from) makes of the printing
    line nearest the title: the right name (`gate`: a window or a neighbour test turned the line down),
    another name (`other-name`) or none (`shape`: no reader takes a line so written)."""
    from newsgrab.meta.dates import may_hold_date
    from newsgrab.text.byline import BYLINE_RE, UNSPACED_BYLINE_RE, byline_names
    from newsgrab.text.datelines import TEXT_DATE_RE
    from newsgrab.text.inline import convert_inline

    names = [key for key in (fold(name) for name in ref.authors) if key]
    lines = [line for line in text.splitlines() if line.strip()]
    hits = [i for i, line in enumerate(lines) if any(key in fold(_ADDRESS_RE.sub("]", line)) for key in names)]
    if not hits:
        slugs = [_slug(name) for name in ref.authors if _slug(name)]
        return ("slug" if any(s in text.lower() for s in slugs) else "unprinted"), "", "", ""
    at = title_line(article, lines)
    end = _body_end(article, lines)
    near = min(hits, key=lambda i: abs(i - at)) if at is not None else hits[0]
    if at is None:
        position = "no-title"
    elif end is not None and end > at and all(i > end for i in hits):
        position = "after-end"
    elif near == at:
        position = "title"
    elif near < at:
        position = "above"
    else:
        gap = near - at
        position = "<=5" if gap <= 5 else "<=20" if gap <= 20 else "farther"
    line = lines[near]
    plain = convert_inline(line).text.strip(" \t*•·-–—|#>[]_")
    if BYLINE_RE.match(plain) or UNSPACED_BYLINE_RE.match(plain):
        shape = "labelled"
    elif may_hold_date(plain) and TEXT_DATE_RE.search(plain):
        shape = "dated"
    elif fold(plain) in names:
        shape = "alone"
    elif any(fold(m) in names for m in re.findall(r"\[([^\]]+)\]\(", line)):
        shape = "linked"
    elif any(fold(plain).startswith(n) and len(plain.split(",")) == 2 for n in names):
        shape = "role"
    else:
        shape = "in-line"
    read = {fold(name) for name in byline_names(plain)}
    reading = ("title-wrong" if fold(article.title) != fold(ref.title) else "gate" if read & set(names)
               else "other-name" if read else "shape")
    return "printed", position, shape, reading


def main(argv: list[str] | None = None) -> int:
    import newsgrab
    from bench.text_meta import matches

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--converted", type=Path, metavar="DIR", help="bench/convert_pages.py's dumps in DIR")
    ap.add_argument("--list", choices=(FOLD_A, FOLD_B), help="list one tune fold's printed misses")
    args = ap.parse_args(argv)
    refs, converters, where = dump_set(args.converted, True)
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    positions: dict[str, Counter[str]] = defaultdict(Counter)
    shapes: dict[str, Counter[str]] = defaultdict(Counter)
    readings: dict[str, Counter[str]] = defaultdict(Counter)
    listed: list[str] = []
    for converter in (c for c in converters if not c.startswith("trafilatura")):
        for key, dump in dumps_of(where, converter):
            ref, group = refs[key]
            if not ref.authors:
                continue
            text = gzip.decompress(dump.read_bytes()).decode("utf-8", "replace")
            try:
                article = newsgrab.extract(text.encode("utf-8"), kind="text")
            except newsgrab.NewsgrabError:
                continue
            printed, position, shape, reading = place(article, ref, text)
            right = bool(matches(article, ref)["authors"])
            counts[group]["named"] += 1
            counts[group][printed] += 1
            counts[group]["right"] += right
            counts[group]["right-unprinted"] += right and printed != "printed"
            if printed == "printed" and not right:
                counts[group]["printed-missed"] += 1
                counts[group]["wrong" if article.authors else "none"] += 1
                positions[group][position] += 1
                shapes[group][shape] += 1
                readings[group][reading] += 1
                if group == args.list:
                    listed.append(f"{converter} {key}: {position}, {shape}, {reading}: text {list(article.authors)}"
                                  f" / html {list(ref.authors)}")
    print(f"| every converter but trafilatura's | {' | '.join(GROUPS)} |\n|---|---|---|---|")
    for row in ("named", "printed", "slug", "unprinted", "right", "right-unprinted", "printed-missed", "none", "wrong"):
        print(f"| {row} | " + " | ".join(str(counts[g][row]) for g in GROUPS) + " |")
    print("| ceiling (printed / named) | " + " | ".join(
        f"{counts[g]['printed'] / counts[g]['named']:.2f}" if counts[g]["named"] else "-" for g in GROUPS) + " |")
    for heading, rows, table in (("position", POSITIONS, positions), ("shape", SHAPES, shapes),
                                 ("reading", READINGS, readings)):
        print(f"\n| printed-missed by {heading} | {' | '.join(GROUPS)} |\n|---|---|---|---|")
        for row in rows:
            print(f"| {row} | " + " | ".join(str(table[g][row]) for g in GROUPS) + " |")
    if listed:
        print("\n" + "\n".join(listed))
    return 0


if __name__ == "__main__":
    sys.exit(main())
