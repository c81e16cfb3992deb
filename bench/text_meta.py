"""The text path's metadata on whole-page dumps against the HTML path, per converter and per half.

    .venv/bin/python bench/text_meta.py                          # every converter, one table
    .venv/bin/python bench/text_meta.py --converter lynx --misses tune    # and the tune half's misses

For each textbench dump (`../shared/bench/textbench/scrapinghub/<converter>/<id>.txt.gz`) the text
path's title, authors, published date and site name are set against what the HTML path finds on the original
page: the title's exact agreement (folded as textbench folds: NFKC, casefolded, word tokens), and the
share of pages where the text path finds authors / a date / a site name among the pages where the HTML
path does, and beside it (`=`) the share where what it finds is right: an author named as the HTML path
names one (folded as the title is), the same calendar day, the same site (`same_site`: the name folded,
one name holding the other, or a name the HTML path's domain spells). A wrong site name makes the
notice score's self-reference cue fire on body that mentions it: read its `=` figure first. A found
value that is wrong counts as found, not as matched, so the gap between the two figures is the text
path's wrong answers.
Each figure is given for the `tune` and `holdout` halves of the fixed split (bench/splits.py): tune
the text path on the first, report both. `--misses HALF` lists the pages where a field disagrees, so
a failure mode can be read on the tune half without looking at the holdout pages; each title miss
is tagged with its family (an authors miss too, and `--author-families` counts those per group:
`author_family`): `unreachable` (the HTML path's title, folded, is printed nowhere in the
dump: a title only in the page's meta tags, which no line of the text can match), `cleaning` (the
text path took the right line but kept or cut a prefix or suffix: one folded title holds the other)
or `line` (another line won). The `title, printed` column is the title agreement over the pages
whose dump prints the HTML path's title, the share a text rule can reach. Body F1 is
`bench/halves.py text`'s job; this script is the quicker loop for the header fields.

`--converted DIR` scores instead the dumps `bench/convert_pages.py DIR` wrote: the bench/meta and
Readability pages through the same converters (`DIR/<set>/<converter>/<id>.txt.gz`), each held to
the HTML path on its own page and split by site as bench/splits.py splits those sets. These are pages
no text rule was written on: a second holdout, and fresh tune pages for its tune half.

    .venv/bin/python bench/text_meta.py --converted /tmp/conv --converter lynx --misses tune
    .venv/bin/python bench/text_meta.py --converted /tmp/conv --folds --misses tune:A   # fold A / B / holdout
    .venv/bin/python bench/text_meta.py --converted /tmp/conv --folds --misses tune:B   # fold B's misses
    .venv/bin/python bench/text_meta.py --folds                  # textbench's dumps by fold A / B / holdout

`--precision` adds a table of the authors' precision, which the found and matched figures cannot
show (they count only the pages where the HTML path names someone): of the dumps where the text path
gives authors, the share the HTML path agrees with (a name in common, folded as above), and the
counts it names others for (`wrong`) or nobody for (`invented`: a place, a section or a headline read
as a name). `--precision-list GROUP` lists one tune group's wrong and invented names with the line
each came from and its neighbours (never the holdout's). An invented name is not always wrong: the
HTML path misses a real byline on some pages, so read the listed lines before counting one.

    .venv/bin/python bench/text_meta.py --converted /tmp/conv --folds --precision --precision-list tune:B

`--date-families` counts the date misses so too (bench/text_dates.py): `unreachable` (the HTML path's
day printed nowhere in the dump), `in-header`, `far`, `wrong-date`, and by the shape of the line that
prints the day (alone, labelled, bylined, lead, in-line, split over a break); `--misses` tags each
date miss with both.

    .venv/bin/python bench/text_meta.py --converted /tmp/conv --folds --date-families

Stops 43 and 44 designed on fold A and read fold B as a figure. Fold A's misses ran out of shapes found
on more than one site, so from stop 45 the design fold is B (`--misses tune:B`), and fold A, read before,
is the check a change must hold.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench.shared_data import SHARED
from bench.splits import HOLDOUT, SETS, TUNE, scrapinghub_sites
from bench.text_families import author_family, author_shape, fold

FIELDS = ("title", "authors", "published", "site_name")
#: the tune half's two fixed folds of sites (`--folds`; bench/notice_folds.py's `fold_of`): read fold
#: A's misses to design, keep a change only when fold B, never read, holds too
FOLD_A, FOLD_B = f"{TUNE}:A", f"{TUNE}:B"


def html_articles(keys: list[str]) -> dict[str, Any]:
    """The HTML path's article for each page (the reference the text path is held to)."""
    import newsgrab

    truth = json.loads((SHARED / "bench" / "scrapinghub" / "ground-truth.json").read_text(encoding="utf-8"))
    out = {}
    for key in keys:
        page = gzip.decompress((SHARED / "bench" / "scrapinghub" / "html" / f"{key}.html.gz").read_bytes())
        url = truth[key].get("url")
        out[key] = newsgrab.extract(page, kind="html", url=url if (url or "").startswith("http") else None)
    return out


def converted_articles(folder: Path, folds: bool = False) -> dict[str, tuple[Any, str]]:
    """`<set>/<id>` -> (the HTML path's article on the original page, the page's half), for every page
    of bench/meta and Readability that `bench/convert_pages.py` wrote a dump of under `folder`; with
    `folds`, a tune page's fold instead of its half ("tune:A", `notice_converted.group_of`)."""
    import newsgrab
    from bench.notice_converted import group_of

    wanted = {p.parent.parent.name + "/" + p.name.removesuffix(".txt.gz").replace("__", "/", 1)
              for p in folder.glob("*/*/*.txt.gz")}
    out: dict[str, tuple[Any, str]] = {}
    meta_root, readability_root = SHARED / "bench" / "meta", SHARED / "bench" / "readability" / "pages"
    sites = {name: SETS[name]() for name in ("meta", "readability")}
    for truth_file in sorted(meta_root.glob("*/truth.json")):
        for item in json.loads(truth_file.read_text(encoding="utf-8")):
            key = f"meta/{truth_file.parent.name}/{item['id']}"
            if key in wanted:
                raw = (truth_file.parent / item["file"]).read_bytes()
                page = gzip.decompress(raw) if item["file"].endswith(".gz") else raw
                article = newsgrab.extract(page, kind="html", url=item.get("url"))
                out[key] = (article, group_of(sites["meta"][key.removeprefix("meta/")], folds))
    for key in sorted(k for k in wanted if k.startswith("readability/")):
        name = key.removeprefix("readability/")
        article = newsgrab.extract((readability_root / name / "source.html").read_bytes(), kind="html")
        out[key] = (article, group_of(sites["readability"][name], folds))
    return out


def verdicts(article: Any, ref: Any) -> dict[str, bool | None]:
    """Per field: None when the HTML path has nothing, else whether the text path agrees (the title)
    or finds something too (authors, published)."""
    return {
        "title": (fold(article.title) == fold(ref.title)) if fold(ref.title) else None,
        "authors": bool(article.authors) if ref.authors else None,
        "published": bool(article.published) if ref.published else None,
        "site_name": bool(article.site_name) if ref.site_name else None,
    }


def same_site(mine: str, ref: Any) -> bool:
    """Whether the text path's site name is the HTML path's: the same name folded (with or without
    "the"), one holding the other ("CBC News", "CBC"; five characters or more), or a name the HTML
    path's domain spells ("nytimes.com" names "The New York Times")."""
    from newsgrab.meta.titlenames import abbreviates
    from newsgrab.meta.titles import fold_title, site_keys

    keys = site_keys((ref.site_name,), ref.url)
    folded = fold_title(mine)
    return (folded in keys or folded.removeprefix("the") in keys or abbreviates(mine, keys)
            or any(len(key) >= 5 and len(folded) >= 5 and (key in folded or folded in key) for key in keys))


def title_family(article: Any, ref: Any, text: str) -> str:
    """Why a title misses: `unreachable` (the reference is printed nowhere in the dump), `cleaning`
    (the right line, a prefix or suffix kept or cut) or `line` (another line won); see the docstring."""
    mine, theirs = fold(article.title), fold(ref.title)
    if theirs not in fold(text):
        return "unreachable"
    return "cleaning" if mine and (mine in theirs or theirs in mine) else "line"


def matches(article: Any, ref: Any) -> dict[str, bool | None]:
    """Per field the text path finds as the HTML path does: None when the HTML path has nothing, else
    whether the text path's value is the same (an author in common, folded; the same day)."""
    mine = {fold(name) for name in article.authors}
    return {
        "authors": bool(mine & {fold(name) for name in ref.authors}) if ref.authors else None,
        "published": bool(article.published and ref.published
                          and article.published[:10] == ref.published[:10]) if ref.published else None,
        "site_name": bool(article.site_name and same_site(article.site_name, ref)) if ref.site_name else None,
    }


def author_verdict(article: Any, ref: Any) -> str | None:
    """The text path's authors judged for precision: None when it gives none, else `agree` (the HTML
    path names one of them, folded as `matches` folds), `wrong` (the HTML path names others) or
    `invented` (the HTML path names nobody). An invented name costs a reader more than a missed one:
    the found and matched figures never see it, as they count only pages where the HTML path has names."""
    mine = {fold(name) for name in article.authors} - {""}
    if not mine:
        return None
    theirs = {fold(name) for name in ref.authors} - {""}
    if not theirs:
        return "invented"
    return "agree" if mine & theirs else "wrong"


def source_lines(names: list[str], text: str, around: int = 1) -> list[str]:
    """The printed lines an author name was read from, with `around` neighbours each side, for the
    `--precision-list` listing: the first line whose folded text holds the folded name, else nothing."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    out: list[str] = []
    for name in names:
        key = fold(name)
        at = next((i for i, line in enumerate(lines) if key and key in fold(line)), None)
        if at is not None:
            out.extend(f"{'>' if i == at else ' '} {lines[i][:160]}"
                       for i in range(max(0, at - around), min(len(lines), at + around + 1)))
    return out


def precision_cells(tally: dict[str, Counter[str]], groups: tuple[str, ...]) -> str:
    """One `--precision` row: per group, agreed / given (the share), and the wrong and invented counts."""
    cells = []
    for which in groups:
        got = tally[which]
        given = sum(got.values())
        share = f"{got['agree'] / given:.2f}" if given else "-"
        cells.append(f"{share} ({got['agree']}/{given}; wrong {got['wrong']}, invented {got['invented']})")
    return " | ".join(cells)


def dump_set(converted: Path | None, folds: bool) -> tuple[dict[str, tuple[Any, str]], list[str], dict[str, Path]]:
    """The dumps to score and their references: the HTML path's article on each page with the page's
    group (tune / holdout, or tune:A / tune:B / holdout with `folds`), the converters' folders, and
    where each converter's dumps are. `converted` is bench/convert_pages.py's folder (its dumps keyed
    as bench/splits.py names their pages, `<set>/<id>`); None reads textbench's ScrapingHub dumps."""
    if converted:
        return (converted_articles(converted, folds),
                sorted({p.parent.name for p in converted.glob("*/*/*.txt.gz")}), {"": converted})
    root = SHARED / "bench" / "textbench" / "scrapinghub"
    if not root.is_dir():
        raise SystemExit(f"no text dumps at {root}")
    from bench.notice_converted import group_of

    sites = scrapinghub_sites()
    refs = {key: (article, group_of(sites[key], folds)) for key, article in html_articles(sorted(sites)).items()}
    return refs, sorted(p.name for p in root.iterdir() if p.is_dir()), {"textbench": root}


def dumps_of(where: dict[str, Path], converter: str) -> list[tuple[str, Path]]:
    """One converter's dumps of a `dump_set`, each with its page's key."""
    if "textbench" in where:
        return [(p.name.removesuffix(".txt.gz"), p) for p in sorted((where["textbench"] / converter).glob("*.txt.gz"))]
    return [(p.parent.parent.name + "/" + p.name.removesuffix(".txt.gz").replace("__", "/", 1), p)
            for p in sorted(where[""].glob(f"*/{converter}/*.txt.gz"))]


def _print_counts(heading: str, rows: tuple[str, ...], counts: Any, groups: tuple[str, ...]) -> None:
    """A markdown table of counts: one row per family or shape, one column per group."""
    print(f"\n| {heading} | {' | '.join(groups)} |")
    print("|---|" + "---|" * len(groups))
    for row in rows:
        print(f"| {row} | " + " | ".join(str(counts[which][row]) for which in groups) + " |")


def main(argv: list[str] | None = None) -> int:
    import newsgrab
    from bench.text_dates import date_family, date_shape, date_verdict

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--converter", action="append", default=[], help="repeatable; default: every converter")
    ap.add_argument("--misses", choices=(TUNE, HOLDOUT, FOLD_A, FOLD_B),
                    help="list the pages of this half (or, with --folds, of one tune fold) where a field misses")
    ap.add_argument("--converted", type=Path, metavar="DIR", help="score bench/convert_pages.py's dumps in DIR")
    ap.add_argument("--folds", action="store_true", help="the tune half by fold A / B")
    ap.add_argument("--precision", action="store_true",
                    help="and a table of the authors' precision: of the dumps where the text path gives"
                         " authors, how many the HTML path agrees with, names others for (wrong), or has"
                         " none for (invented)")
    ap.add_argument("--precision-list", choices=(TUNE, FOLD_A, FOLD_B), metavar="GROUP",
                    help="list one tune group's wrong and invented authors with the lines they came from"
                         " (never the holdout)")
    ap.add_argument("--date-families", action="store_true",
                    help="and the date misses of every converter counted by family per group:"
                         " unreachable, in-header, far, wrong-date (see date_family), and by shape")
    ap.add_argument("--author-families", action="store_true",
                    help="and the authors misses of every converter counted by family per group:"
                         " unreachable, in-header, far, wrong-name (see author_family)")
    args = ap.parse_args(argv)
    groups = (FOLD_A, FOLD_B, HOLDOUT) if args.folds else (TUNE, HOLDOUT)
    if (args.misses in (FOLD_A, FOLD_B)) != args.folds and args.misses != HOLDOUT and args.misses:
        raise SystemExit("with --folds, list one fold's misses (--misses tune:A or tune:B), which need --folds")
    if args.precision_list and (args.precision_list in (FOLD_A, FOLD_B)) != args.folds:
        raise SystemExit("--precision-list tune:A or tune:B needs --folds; with --folds, name one fold")
    refs_halves, folders, where = dump_set(args.converted, args.folds)

    def dumps(converter: str) -> list[tuple[str, Path]]:
        return dumps_of(where, converter)
    converters = args.converter or folders
    refs = {key: pair[0] for key, pair in refs_halves.items()}
    cols = " / ".join(groups)
    print(f"| converter | title {cols} | title, printed: {cols} | authors {cols} (= matched)"
          f" | date {cols} (= matched) | site {cols} (= matched) |")
    print("|---|---|---|---|---|---|")
    misses: list[str] = []
    errors: list[str] = []
    families: dict[str, Counter[str]] = defaultdict(Counter)
    precision: dict[str, dict[str, Counter[str]]] = {}
    date_precision: dict[str, dict[str, Counter[str]]] = {}
    listed: list[str] = []
    #: every converter's authors misses by family, per group (counts only: the holdout's are aggregates)
    author_families: dict[str, Counter[str]] = defaultdict(Counter)
    #: the reachable ones (in-header, far) by the shape of the line that prints the name (author_shape)
    author_shapes: dict[str, Counter[str]] = defaultdict(Counter)
    #: the same for the date misses (date_family, date_shape), counts only
    date_families: dict[str, Counter[str]] = defaultdict(Counter)
    date_shapes: dict[str, Counter[str]] = defaultdict(Counter)
    for converter in converters:
        precision[converter] = defaultdict(Counter)
        date_precision[converter] = defaultdict(Counter)
        counts: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
        for key, dump in dumps(converter):
            data = gzip.decompress(dump.read_bytes())
            try:
                article = newsgrab.extract(data, kind="text")
            except newsgrab.NewsgrabError as exc:  # a converter that printed nothing of a page
                errors.append(f"{converter} {key}: {exc}")
                continue
            which = refs_halves[key][1]
            if refs[key].authors and not matches(article, refs[key])["authors"]:
                family_a = author_family(article, refs[key], data.decode("utf-8", "replace"))
                author_families[which][family_a] += 1
                if family_a in ("in-header", "far"):
                    author_shapes[which][author_shape(article, refs[key], data.decode("utf-8", "replace"))] += 1
            if args.date_families and refs[key].published and not matches(article, refs[key])["published"]:
                text = data.decode("utf-8", "replace")
                date_families[which][date_family(article, refs[key], text)] += 1
                date_shapes[which][date_shape(article, refs[key], text)] += 1
            if (verdict_d := date_verdict(article, refs[key])) is not None:
                date_precision[converter][which][verdict_d] += 1
            verdict_a = author_verdict(article, refs[key])
            if verdict_a:
                precision[converter][which][verdict_a] += 1
                if verdict_a != "agree" and which == args.precision_list:
                    listed.append(f"{converter} {key} {verdict_a}: text {article.authors!r} / html"
                                  f" {refs[key].authors!r}")
                    listed.extend("    " + line for line in source_lines(
                        article.authors, data.decode("utf-8", "replace")))
            same = matches(article, refs[key])
            family = title_family(article, refs[key], data.decode("utf-8", "replace")) if fold(refs[key].title) else ""
            if family != "unreachable" and fold(refs[key].title):
                counts[which]["title@printed"][0] += fold(article.title) == fold(refs[key].title)
                counts[which]["title@printed"][1] += 1
            for name, ok in verdicts(article, refs[key]).items():
                if ok is None:
                    continue
                counts[which][name][0] += ok
                counts[which][name][1] += 1
                right = same.get(name)
                if name in same:
                    counts[which][name + "="][0] += bool(right)
                    counts[which][name + "="][1] += 1
                if (not ok or right is False) and which == args.misses:
                    mine, theirs = getattr(article, name), getattr(refs[key], name)
                    verdict = "missed" if not ok else "wrong"
                    if name == "title":
                        verdict += f" ({family})"
                        families[converter][family] += 1
                    elif name == "authors":
                        text = data.decode("utf-8", "replace")
                        family_m = author_family(article, refs[key], text)
                        shape_m = author_shape(article, refs[key], text) if family_m in ("in-header", "far") else ""
                        verdict += f" ({family_m}{', ' + shape_m if shape_m else ''})"
                    elif name == "published":
                        text = data.decode("utf-8", "replace")
                        verdict += f" ({date_family(article, refs[key], text)}, {date_shape(article, refs[key], text)})"
                    misses.append(f"{converter} {key} {name} {verdict}: text {mine!r} / html {theirs!r}")
        cells = []
        for name in FIELDS:
            pair = [counts[which][name] for which in groups]
            cell = " / ".join(f"{ok / of:.2f} ({ok}/{of})" if of else "-" for ok, of in pair)
            if any(name + "=" in counts[which] for which in groups):
                right = [counts[which][name + "="] for which in groups]
                cell += " = " + " / ".join(f"{ok / of:.2f}" if of else "-" for ok, of in right)
            cells.append(cell)
            if name == "title":
                printed = [counts[which]["title@printed"] for which in groups]
                cells.append(" / ".join(f"{ok / of:.2f} ({ok}/{of})" if of else "-" for ok, of in printed))
        print(f"| {converter} | " + " | ".join(cells) + " |")
    if args.precision or args.precision_list:
        print(f"\n| converter | authors precision: agreed / given (wrong, invented) {' | '.join(groups)} |")
        print("|---|" + "---|" * len(groups))
        for converter in converters:
            print(f"| {converter} | {precision_cells(precision[converter], groups)} |")
        print(f"\n| converter | date precision: same day / given (wrong, invented) {' | '.join(groups)} |")
        print("|---|" + "---|" * len(groups))
        for converter in converters:
            print(f"| {converter} | {precision_cells(date_precision[converter], groups)} |")
    if args.author_families:
        _print_counts("authors misses by family, every converter", ("unreachable", "in-header", "far", "wrong-name"),
                      author_families, groups)
        _print_counts("reachable authors misses by the shape of the name's line",
                      ("title", "labelled", "dated", "alone", "linked", "in-line"), author_shapes, groups)
    if args.date_families:
        _print_counts("date misses by family, every converter", ("unreachable", "in-header", "far", "wrong-date"),
                      date_families, groups)
        _print_counts("date misses by the shape of the nearest line printing the day",
                      ("unreachable", "split", "labelled", "bylined", "alone", "lead", "in-line"), date_shapes, groups)
    if listed:
        print(f"\nwrong and invented authors on {args.precision_list}:")
        print("\n".join(listed))
    if errors:
        print(f"\n{len(errors)} dumps gave an error (left out of the table): " + "; ".join(errors[:5]))
    if misses:
        print(f"\ntitle misses on the {args.misses} half by family: " + "; ".join(
            f"{converter} " + ", ".join(f"{family} {n}" for family, n in sorted(counts.items()))
            for converter, counts in families.items()))
        print(f"\nmisses on the {args.misses} half:")
        print("\n".join(misses))
    return 0


if __name__ == "__main__":
    sys.exit(main())
