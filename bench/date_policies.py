"""When should htmldate date a page? Accuracy and CPU cost of five policies, measured side by side.

usage: .venv/bin/python bench/date_policies.py [--rounds N] [--sets meta,scrapinghub,readability] [--misses]
       .venv/bin/python bench/date_policies.py --lone   # where the date-only-elements rule would fire

Policies (newsgrab's own search is `pubdates.read_dates`; htmldate's is `htmldate_fallback.find_published`,
its markup search on the same tree; every policy but `alone` ends with lonedate.py's date-only elements
when nothing else dated the page):
  never        newsgrab's own search only (the library without htmldate installed)
  fallback     htmldate only when newsgrab's own search finds nothing (the library's policy)
  tie-break    as fallback, and also when newsgrab's own witnesses disagree (the first machine-readable
               date, the first date shown near the headline and the URL's date name two or more days):
               htmldate's day wins when it is one of theirs
  first        htmldate's answer whenever it gives one, newsgrab's otherwise
  alone        htmldate's answer only

Accuracy: share of `../shared/bench/meta` pages whose published day (YYYY-MM-DD) equals the truth, per
half of the fixed split (bench/splits.py) and pooled, as metabench scores it (n = pages with a date).
Cost: CPU time (`time.process_time`, so waiting for a shared core is not charged) per page on the
ScrapingHub and Readability pages: newsgrab's `extract` without htmldate, plus htmldate's search on
the pages a policy calls it on (`alone` too: the engine still extracts the page). Each page is run
`--rounds` times in a row and its median kept; the htmldate search is timed inside the same extract
call, so load drifts alike for both; so is the date-only-elements search, charged where a policy
reaches it.
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import json
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench.shared_data import SHARED, load_evalbench
from bench.splits import HOLDOUT, TUNE, half_of, meta_sites

POLICIES = ("never", "fallback", "tie-break", "first", "alone")


@dataclass(slots=True)
class PageRun:
    """What one extract call found: newsgrab's own day, htmldate's, the last resort's (lonedate.py), the
    witnesses' days, and CPU seconds (extract without the last resorts; each last resort alone)."""

    ours: date | None = None
    htmldate: date | None = None
    lone: date | None = None
    witnesses: set[date] = field(default_factory=set)
    extract_s: float = 0.0
    htmldate_s: float = 0.0
    lone_s: float = 0.0


def _instrument() -> Callable[[], PageRun]:
    """Wrap the metadata stage's date step so each extract call records a PageRun (the wrappers replace
    module attributes that page.py and pubdates.py look up at call time)."""
    from newsgrab.meta import htmldate_fallback, page, pubdates
    from newsgrab.meta.dates import day_first_for

    current = PageRun()
    real_read, real_choose = page._read_dates, pubdates._choose
    real_find, real_lone = htmldate_fallback.find_published, page.only_shown_date

    def choose(machine: list[Any], visible: list[Any], modified: list[Any], url: Any, *rest: Any) -> Any:
        current.witnesses = {f.stamp.day for f in (machine[:1] + visible[:1] + ([url] if url else []))}
        return real_choose(machine, visible, modified, url, *rest)

    def read(meta: Any, scan: Any, ld: Any, tree: Any, language: str | None, markup: str | None = None) -> None:
        htmldate_fallback.find_published = lambda _tree, _url, _markup=None: None
        page.only_shown_date = lambda _tree, _day_first: None
        try:
            real_read(meta, scan, ld, tree, language, markup)
        finally:
            htmldate_fallback.find_published, page.only_shown_date = real_find, real_lone
        current.ours = date.fromisoformat(meta.published[:10]) if meta.published else None
        start = time.process_time()
        stamp = real_find(tree, meta.url)
        current.htmldate_s = time.process_time() - start
        current.htmldate = stamp.day if stamp else None
        start = time.process_time()
        stamp = real_lone(tree, day_first_for(language or scan.html_lang))
        current.lone_s = time.process_time() - start
        current.lone = stamp.day if stamp else None

    page._read_dates = read  # type: ignore[assignment]
    pubdates._choose = choose  # type: ignore[assignment]
    page.only_shown_date = real_lone

    def take() -> PageRun:
        nonlocal current
        done, current = current, PageRun()
        return done

    return take


def decide(run: PageRun, policy: str) -> tuple[date | None, bool, bool]:
    """(the published day under `policy`, whether it called htmldate, whether it read the date-only
    elements) on this page. Every policy but `alone` ends with the date-only elements when nothing
    else dated the page."""
    if policy == "alone":
        return run.htmldate, True, False
    day, asked = run.ours, False
    if policy == "first":
        day, asked = run.htmldate or run.ours, True
    elif policy in ("fallback", "tie-break") and run.ours is None:
        day, asked = run.htmldate, True
    elif policy == "tie-break" and len(run.witnesses) > 1:
        day, asked = (run.htmldate if run.htmldate in run.witnesses else run.ours), True
    if day is None:
        return run.lone, asked, True
    return day, asked, False


def _runs(docs: list[tuple[str, bytes, str | None]], rounds: int, take: Callable[[], PageRun]) -> dict[str, PageRun]:
    import newsgrab

    out: dict[str, PageRun] = {}
    for key, raw, url in docs:
        runs = []
        for _ in range(rounds):
            start = time.process_time()
            with contextlib.suppress(Exception):
                newsgrab.extract(raw, url=url)
            total = time.process_time() - start
            run = take()
            run.extract_s = total - run.htmldate_s - run.lone_s
            runs.append(run)
        first = runs[0]
        first.extract_s = statistics.median(r.extract_s for r in runs)
        first.htmldate_s = statistics.median(r.htmldate_s for r in runs)
        first.lone_s = statistics.median(r.lone_s for r in runs)
        out[key] = first
    return out


def _meta_docs(every: bool = False) -> tuple[list[tuple[str, bytes, str | None]], dict[str, str]]:
    """The bench/meta pages with a date truth (`every`: all of them) and those truths."""
    docs, truth = [], {}
    for truth_file in sorted((SHARED / "bench" / "meta").glob("*/truth.json")):
        for item in json.loads(truth_file.read_text(encoding="utf-8")):
            if item.get("published") or every:
                key = f"{truth_file.parent.name}/{item['id']}"
                raw = gzip.decompress((truth_file.parent / item["file"]).read_bytes())
                docs.append((key, raw, item.get("url")))
                truth[key] = item.get("published") or ""
    return docs, truth


def accuracy(rounds: int, take: Callable[[], PageRun], misses: bool) -> None:
    docs, truth = _meta_docs()
    runs = _runs(docs, rounds, take)
    sites = meta_sites()
    hits: dict[str, dict[str, list[bool]]] = defaultdict(lambda: defaultdict(list))
    for key, run in runs.items():
        which = half_of(sites[key])
        for policy in POLICIES:
            day = decide(run, policy)[0]
            ok = day is not None and day.isoformat() == truth[key]
            hits[policy][which].append(ok)
            hits[policy]["all"].append(ok)
        if misses and (run.ours is None or run.ours.isoformat() != truth[key] or len(run.witnesses) > 1):
            print(f"  {which:7} {key:45} truth={truth[key]} ours={run.ours} htmldate={run.htmldate} lone={run.lone} "
                  f"witnesses={sorted(d.isoformat() for d in run.witnesses)}")
    print("\nbench/meta published date, share right (n = pages with a date truth)")
    print("| policy | tune | holdout | all |\n|---|---|---|---|")
    for policy in POLICIES:
        cells = [f"{sum(v) / len(v):.3f} (n={len(v)})" for v in (hits[policy][h] for h in (TUNE, HOLDOUT, "all"))]
        print(f"| {policy} | " + " | ".join(cells) + " |")


def cost(names: list[str], rounds: int, take: Callable[[], PageRun]) -> None:
    eb = load_evalbench()
    print("\nCPU ms a page (process_time, median of the rounds per page, mean over pages); "
          "htmldate calls = pages the policy asks it on")
    print("| set | pages | " + " | ".join(POLICIES) + " |\n|---|---|" + "---|" * len(POLICIES))
    for name in names:
        docs = [(d["id"], d["raw"], d["url"]) for d in eb.load_docs(name, eb.ROOTS[name])]
        _runs(docs[:5], 1, take)  # warm-up: imports, caches
        runs = _runs(docs, rounds, take)
        cells = []
        for policy in POLICIES:
            total = calls = 0.0
            for run in runs.values():
                _, asked, lone = decide(run, policy)
                total += run.extract_s + (run.htmldate_s if asked else 0.0) + (run.lone_s if lone else 0.0)
                calls += asked
            cells.append(f"{total / len(runs) * 1000:.2f} ({int(calls)} calls)")
        print(f"| {name} | {len(runs)} | " + " | ".join(cells) + " |")


def lone_check() -> None:
    """How often lonedate.py's rule names the day the page's other sources name, on every page of the
    three sets where both give a day (run beside them, not as the last resort it is in the library),
    and the pages where it is the one source: the evidence for believing it when nothing else dates a page."""
    import newsgrab
    from newsgrab.html.parse import parse_html
    from newsgrab.meta.dates import day_first_for
    from newsgrab.meta.lonedate import only_shown_date

    eb = load_evalbench()
    docs = [(key, raw, url) for key, raw, url in _meta_docs(every=True)[0]]
    for name in ("scrapinghub", "readability"):
        docs += [(f"{name}/{d['id']}", d["raw"], d["url"]) for d in eb.load_docs(name, eb.ROOTS[name])]
    agree = differ = alone = 0
    for key, raw, url in docs:
        article = newsgrab.extract(raw, url=url)
        tree = parse_html(eb.decode_html(raw))
        lone = only_shown_date(tree, day_first_for(article.language))
        if lone is None:
            continue
        source = article.provenance.get("published")
        if source in (None, "lone-date"):
            alone += 1
            print(f"  only source: {key} {lone.iso}")
        elif article.published and article.published[:10] == lone.iso:
            agree += 1
        else:
            differ += 1
            print(f"  differs: {key} lone {lone.iso}, {source} {article.published}")
    print(f"{len(docs)} pages: the rule names the other sources' day on {agree}, another day on {differ}; "
          f"the only date on {alone}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--sets", default="meta,scrapinghub,readability")
    ap.add_argument("--misses", action="store_true", help="list the meta pages missed or with disagreeing witnesses")
    ap.add_argument("--lone", action="store_true", help="check lonedate.py's rule against the other sources")
    args = ap.parse_args(argv)
    if args.lone:
        lone_check()
        return 0
    take = _instrument()
    names = [s for s in args.sets.split(",") if s]
    if "meta" in names:
        accuracy(1, take, args.misses)
    costed = [n for n in names if n != "meta"]
    if costed:
        cost(costed, args.rounds, take)
    return 0


if __name__ == "__main__":
    sys.exit(main())
