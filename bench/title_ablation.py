"""Titles when a site writes its page differently: the bench/meta pages with a title source taken away.

    .venv/bin/python bench/title_ablation.py                        # per mode and half
    .venv/bin/python bench/title_ablation.py --misses no-structured # the tune half's misses in a mode

On sites nobody tuned on, the structured data is often missing or wrong: the title must then come
from the <h1> nearest the body and from the <title> without its site affix. Each bench/meta page
with a title truth is read whole and in three ablations:

- `no-structured`: every JSON-LD script and the share-card and other title <meta> tags removed
  (og:title, twitter:title, Dublin Core, parsely, sailthru); og:site_name is kept.
- `no-title-tag`: the <title> element removed.
- `h1-only`: both: what is left is the <h1>, the URL and the site's name.

A page counts as right when its title equals the truth as metabench scores it (NFC, spaces
collapsed, casefolded), and as `same` when the ablated page's title equals the whole page's. Per
half of the fixed split (bench/splits.py): `--misses` lists the tune half only (look at the tune
half's misses; never the holdout's).
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import unicodedata
from collections.abc import Callable, Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench.shared_data import SHARED
from bench.splits import HOLDOUT, TUNE, half_of, meta_sites

HALVES = (TUNE, HOLDOUT, "all")

_JSONLD_RE = re.compile(r"<script[^>]*ld\+json.*?</script>", re.I | re.S)
_TITLE_META_RE = re.compile(
    r"<meta[^>]*(?:og:title|twitter:title|dc\.title|dcterms\.title|parsely-title|sailthru\.title)[^>]*>", re.I)
_TITLE_TAG_RE = re.compile(r"<title\b[^>]*>.*?</title\s*>", re.I | re.S)


def no_structured(text: str) -> str:
    """The page without JSON-LD and without its title <meta> tags."""
    return _TITLE_META_RE.sub("", _JSONLD_RE.sub("", text))


def no_title_tag(text: str) -> str:
    """The page without its <title> element."""
    return _TITLE_TAG_RE.sub("", text)


MODES: dict[str, Callable[[str], str]] = {
    "whole": lambda text: text,
    "no-structured": no_structured,
    "no-title-tag": no_title_tag,
    "h1-only": lambda text: no_title_tag(no_structured(text)),
}


def fold(text: str | None) -> str:
    """A title as metabench compares it: NFC, whitespace runs collapsed, trimmed, casefolded."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text or "")).strip().casefold()


def pages() -> Iterator[tuple[str, str, bytes, str | None, str]]:
    """(name, half, raw page, url, title truth) of every bench/meta page with a title truth."""
    sites = meta_sites()
    for truth_file in sorted((SHARED / "bench" / "meta").glob("*/truth.json")):
        for item in json.loads(truth_file.read_text(encoding="utf-8")):
            name = f"{truth_file.parent.name}/{item['id']}"
            path = truth_file.parent / "pages" / f"{item['id']}.html.gz"
            if item.get("title") and path.exists():
                yield name, half_of(sites[name]), gzip.decompress(path.read_bytes()), item.get("url"), item["title"]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--misses", choices=tuple(MODES), help="list the tune half's wrong titles in this mode")
    args = ap.parse_args(argv)
    if not SHARED.is_dir():
        print(f"no shared data at {SHARED}")
        return 0
    from newsgrab.html.parse import parse_html
    from newsgrab.meta.page import read_metadata
    from newsgrab.read.decode import decode

    right = {(mode, half): 0 for mode in MODES for half in HALVES}
    same = dict(right)
    total = dict.fromkeys(HALVES, 0)
    for name, half, raw, url, truth in pages():
        text = decode(raw).text
        whole = None
        for mode, ablate in MODES.items():
            got = read_metadata(parse_html(ablate(text)), url).title
            whole = got if mode == "whole" else whole
            for which in (half, "all"):
                right[mode, which] += fold(got) == fold(truth)
                same[mode, which] += fold(got) == fold(whole)
            if args.misses == mode and half == TUNE and fold(got) != fold(truth):
                print(f"{name}\n    truth: {truth}\n    got:   {got}\n    whole: {whole}")
        for which in (half, "all"):
            total[which] += 1
    print("| mode | " + " | ".join(f"{h} right | {h} same as whole" for h in HALVES) + " |")
    print("|---|" + "---|---|" * len(HALVES))
    for mode in MODES:
        cells = (f"{right[mode, h] / total[h]:.3f} ({right[mode, h]}/{total[h]}) | {same[mode, h]}/{total[h]}"
                 for h in HALVES)
        print(f"| {mode} | " + " | ".join(cells) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
