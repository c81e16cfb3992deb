"""The text path's media on whole-page dumps against the HTML path's, per converter, fold A / B / holdout.

    .venv/bin/python bench/text_media.py                             # textbench's ScrapingHub dumps
    .venv/bin/python bench/text_media.py --converted /tmp/conv       # bench/convert_pages.py's dumps
    .venv/bin/python bench/text_media.py --converter html2text --list tune:A   # one fold's misses and extras

Issue 13 asks that images and media URLs go to `media`, never to the body, and issue 11 counts "media
found" on cross-posts. For each dump the HTML path's pictures and videos on the original page (kinds
`image` and `video`: the URLs a converter can print; an embed's player is an iframe most converters drop)
are the reference, and two figures are given per converter and group:

- found: the share of the HTML path's media URLs the text path reports too (summed over the dumps);
- extra: how many media URLs the text path reports that the HTML path does not, of all it reports (the
  precision side: tracker pixels, icons, logos, share buttons' images).

URLs are compared normalised (`normalise`): no scheme (a converter keeps `//host/x`, the HTML path gives
it https), the host lower-cased, no `www.`, and no query or fragment. The query goes because an image
CDN's sizing parameters (`?w=800&q=75`) differ between the `src` a converter prints and the candidate the
HTML path takes from a `srcset`, for the same picture; two pictures that differ only in their query are
rare on a news page (a tracker's pixel does, and is counted once either way). For the same reason a size
variant's mark in the path goes (WordPress's `photo-1040x572.jpg` for `photo.jpg`, a wiki's `220px-` thumbnail
prefix): the HTML path takes a `srcset`'s largest candidate, the converter prints the `src`.

Groups: the tune half's fixed folds A and B (`bench/notice_converted.group_of`, as `bench/text_meta.py
--folds` reads them) and the holdout, which is given as aggregate figures only: `--list` takes a tune fold,
never the holdout.
"""

from __future__ import annotations

import argparse
import gzip
import re
import sys
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench.splits import HOLDOUT, TUNE

FOLD_A, FOLD_B = f"{TUNE}:A", f"{TUNE}:B"
GROUPS = (FOLD_A, FOLD_B, HOLDOUT)
#: the media kinds compared: what a converter prints as a URL (an embed's player is an iframe)
KINDS = frozenset({"image", "video"})


#: a size variant's mark in a picture's path: WordPress's "-1040x572" before the extension, a wiki's
#: "/220px-" thumbnail prefix (the HTML path takes a srcset's largest candidate, the converter the src)
_SIZE_MARK_RE = re.compile(r"-\d{2,4}x\d{2,4}(?=\.\w{3,4}$)|(?<=/)\d{2,4}px-")


def normalise(url: str) -> str:
    """A media URL as compared: no scheme, host lower-cased without `www.`, no query or fragment, no
    trailing slash, no size variant's mark (see the module docstring for why the query and the mark go)."""
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").removeprefix("www.")
    port = f":{parts.port}" if parts.port else ""
    return _SIZE_MARK_RE.sub("", f"{host}{port}{parts.path}".rstrip("/"))


def media_keys(article: Any) -> set[str]:
    """The normalised URLs of an article's pictures and videos."""
    return {normalise(item.url) for item in article.media if item.kind in KINDS and item.url}


def compare(text: Iterable[str], html: Iterable[str]) -> tuple[int, int, int, int]:
    """(found, reference, extra, reported): how many of the HTML path's URLs the text path has, how many
    the HTML path has, how many the text path has that the HTML path does not, how many it has."""
    mine, theirs = set(text), set(html)
    return len(mine & theirs), len(theirs), len(mine - theirs), len(mine)


def cell(found: int, of: int) -> str:
    """`0.62 (31/50)`, or `-` for nothing to count."""
    return f"{found / of:.2f} ({found}/{of})" if of else "-"


def main(argv: list[str] | None = None) -> int:
    import newsgrab
    from bench.text_meta import dump_set, dumps_of

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--converter", action="append", default=[], help="repeatable; default: every converter")
    ap.add_argument("--converted", type=Path, metavar="DIR", help="score bench/convert_pages.py's dumps in DIR")
    ap.add_argument(
        "--list",
        choices=(FOLD_A, FOLD_B),
        metavar="FOLD",
        help="list one tune fold's missed and extra URLs per dump (never the holdout)",
    )
    args = ap.parse_args(argv)
    refs, folders, where = dump_set(args.converted, folds=True)

    def dumps(converter: str) -> list[tuple[str, Path]]:
        return dumps_of(where, converter)

    print(f"| converter | found {' / '.join(GROUPS)} | extra (of reported) {' / '.join(GROUPS)} |")
    print("|---|---|---|")
    listed: list[str] = []
    for converter in args.converter or folders:
        tally: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
        for key, dump in dumps(converter):
            if key not in refs:
                continue
            try:
                article = newsgrab.extract(gzip.decompress(dump.read_bytes()), kind="text")
            except newsgrab.NewsgrabError:  # a converter that printed nothing of a page
                continue
            ref, group = refs[key]
            mine, theirs = media_keys(article), media_keys(ref)
            counts = compare(mine, theirs)
            tally[group] = [a + b for a, b in zip(tally[group], counts, strict=True)]
            if group == args.list and (theirs - mine or mine - theirs):
                listed.append(f"{converter} {key}: found {counts[0]}/{counts[1]}")
                listed.extend(f"    missed {url}" for url in sorted(theirs - mine))
                listed.extend(f"    extra  {url}" for url in sorted(mine - theirs))
        found = " / ".join(cell(tally[g][0], tally[g][1]) for g in GROUPS)
        extra = " / ".join(cell(tally[g][2], tally[g][3]) for g in GROUPS)
        print(f"| {converter} | {found} | {extra} |")
    if listed:
        print(f"\nmissed and extra media URLs on {args.list}:")
        print("\n".join(listed))
    return 0


if __name__ == "__main__":
    sys.exit(main())
