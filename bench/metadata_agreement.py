"""Metadata agreement with Readability.js's expected-metadata.json, newsgrab and trafilatura side by side.

usage: .venv/bin/python bench/metadata_agreement.py [--pages DIR] [--show FIELD|all] [--no-peer]
                                                    [--half tune|holdout|all]

For each page with a reference value: title (whitespace and case folded), byline (as a set of
folded names), site name (folded) and published date (same calendar day). Figures are
hits/cases-with-a-reference-value. The reference is Readability's own output, with its quirks
(site suffixes left in titles, bylines holding dates or roles): read the disagreements (--show)
before tuning anything. `--half` keeps the pages of one half of the fixed split (bench/splits.py,
by site): read the disagreements of the tune half only, report both. Needs ../shared (skips with a
message when it is absent).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench.shared_data import SHARED
from bench.splits import HOLDOUT, TUNE, half_of, site_of_readability_page

DEFAULT_PAGES = SHARED / "bench" / "readability" / "pages"
FIELDS = ("title", "byline", "site", "date")
_NAME_SPLIT_RE = re.compile(r"\s*(?:,|;|&|\||\band\b)\s*", re.IGNORECASE)
_BY_RE = re.compile(r"^\s*by\s+", re.IGNORECASE)


def fold(text: str | None) -> str:
    """Whitespace collapsed, case folded."""
    return re.sub(r"\s+", " ", text or "").strip().casefold()


def name_set(value: str | list[str] | None) -> frozenset[str]:
    """A neutral split of a byline into folded names (the same for every system)."""
    if not value:
        return frozenset()
    parts = value if isinstance(value, list) else _NAME_SPLIT_RE.split(_BY_RE.sub("", value))
    return frozenset(f for f in (fold(p).strip(" .") for p in parts) if f)


def newsgrab_fields(html: bytes) -> dict[str, Any]:
    import newsgrab

    article = newsgrab.extract(html, kind="html")
    return {"title": article.title, "byline": list(article.authors), "site": article.site_name,
            "date": article.published}


def trafilatura_fields(html: bytes) -> dict[str, Any]:
    import trafilatura

    doc = trafilatura.bare_extraction(html.decode("utf-8", errors="replace"), with_metadata=True)
    if doc is None:
        return {"title": None, "byline": None, "site": None, "date": None}
    return {"title": doc.title, "byline": doc.author, "site": doc.sitename, "date": doc.date}


def agree(field: str, got: Any, want: Any) -> bool:
    if field == "byline":
        return name_set(got) == name_set(want)
    if field == "date":
        return bool(got) and str(got)[:10] == str(want)[:10]
    return fold(got) == fold(want)


def run(pages: Path, systems: dict[str, Callable[[bytes], dict[str, Any]]], show: str | None,
        half: str = "all") -> None:
    cases = sorted(p for p in pages.iterdir() if (p / "expected-metadata.json").exists())
    if half != "all":
        cases = [c for c in cases if half_of(site_of_readability_page(c.name)) == half]
    hits = {name: dict.fromkeys(FIELDS, 0) for name in systems}
    totals = dict.fromkeys(FIELDS, 0)
    seconds = dict.fromkeys(systems, 0.0)
    for case in cases:
        ref = json.loads((case / "expected-metadata.json").read_text("utf-8"))
        want = {"title": ref.get("title"), "byline": ref.get("byline"), "site": ref.get("siteName"),
                "date": ref.get("publishedTime")}
        html = (case / "source.html").read_bytes()
        results = {}
        for name, fn in systems.items():
            start = time.perf_counter()
            try:
                results[name] = fn(html)
            except Exception as exc:  # a failure is a miss on every field, not a crash of the bench
                results[name] = dict.fromkeys(FIELDS)
                print(f"{case.name}: {name} failed: {exc}", file=sys.stderr)
            seconds[name] += time.perf_counter() - start
        for field in FIELDS:
            if not want[field]:
                continue
            totals[field] += 1
            verdicts = {name: agree(field, results[name][field], want[field]) for name in systems}
            for name, ok in verdicts.items():
                hits[name][field] += ok
            if show in (field, "all") and not verdicts.get("newsgrab", True):
                got = {name: results[name][field] for name in systems}
                print(f"{case.name} {field}: reference={want[field]!r} " +
                      " ".join(f"{n}={v!r}" for n, v in got.items()))
    print(f"{'system':<14}" + "".join(f"{f:>16}" for f in FIELDS) + f"{'seconds':>10}")
    for name in systems:
        row = "".join(
            f"{hits[name][f]:>4}/{totals[f]:<3}{100 * hits[name][f] / max(totals[f], 1):>6.0f}%  " for f in FIELDS
        )
        print(f"{name:<14}{row}{seconds[name]:>9.2f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=Path, default=DEFAULT_PAGES)
    parser.add_argument("--show", choices=[*FIELDS, "all"], help="print newsgrab's disagreements on a field")
    parser.add_argument("--no-peer", action="store_true", help="skip trafilatura")
    parser.add_argument("--half", choices=[TUNE, HOLDOUT, "all"], default="all",
                        help="only the pages of one half of the fixed split (bench/splits.py)")
    args = parser.parse_args()
    if not args.pages.is_dir():
        print(f"no benchmark pages at {args.pages}: skipped", file=sys.stderr)
        return 0
    systems: dict[str, Callable[[bytes], dict[str, Any]]] = {"newsgrab": newsgrab_fields}
    if not args.no_peer:
        systems["trafilatura"] = trafilatura_fields
    print(f"half: {args.half}")
    run(args.pages, systems, args.show, args.half)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
