"""Turn more real pages into scraped text, the way ../shared/bench/textbench/ was made, so the text path
can be tuned and checked on pages beyond the 181 ScrapingHub dumps.

usage: python bench/convert_pages.py OUT_DIR [--sets meta,readability] [--converters ...]

The textbench dumps are the only text input with truth in ../shared, and every text-path rule so far
was tuned on their tune half: the holdout half then shows how much of it was fitting those sites.
This script converts the bench/meta pages (~300, truth for title, authors and date) and the
Readability test pages (130, metadata truth) with the same converter calls as textbench's README
lists, into `OUT_DIR/<set>/<converter>/<id>.txt.gz` (ids as bench/splits.py names them: a meta
page is `<source>/<id>`, written with the slash as `__`). The output stays outside the repo: these
are other people's pages.

Converters that are not installed are skipped with a note on stderr: html2text, markdownify and
inscriptis come from PyPI (`pip install html2text markdownify inscriptis` in any venv; the script
itself needs only them, beautifulsoup4 and ../shared/tools/evalbench.py), lynx and w3m from Debian.
"""

from __future__ import annotations

import argparse
import codecs
import gzip
import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

SHARED = Path(os.environ.get("NEWSGRAB_SHARED", Path(__file__).resolve().parents[2] / "shared"))
sys.path.insert(0, str(SHARED / "tools"))
try:
    from evalbench import decode_html  # the decoding every textbench converter got
except ImportError:  # pragma: no cover - without ../shared there is nothing to convert
    decode_html = None

Converter = Callable[[bytes, str], str]


def _charset(raw: bytes) -> str:
    """The charset `decode_html` settles on, as textbench gave it to lynx and w3m: "utf-8" when the
    bytes are valid UTF-8, else the page's declared charset, else windows-1252."""
    try:
        raw.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    m = re.search(rb"""<meta[^>]+charset=["']?([A-Za-z0-9_.:-]+)""", raw[:8192], re.IGNORECASE)
    if m:
        try:
            return codecs.lookup(m.group(1).decode("ascii")).name
        except LookupError:
            pass
    return "windows-1252"


def _run(cmd: list[str], raw: bytes) -> str:
    env = dict(os.environ, LANG="C.UTF-8", TERM="dumb")
    done = subprocess.run(cmd, input=raw, capture_output=True, env=env, timeout=60, check=False)
    return done.stdout.decode("utf-8", errors="replace")


def converters() -> dict[str, Converter]:
    """Every converter installed here, named as textbench's folders are."""
    found: dict[str, Converter] = {}
    if importlib.util.find_spec("html2text"):
        import html2text

        found["html2text"] = lambda raw, text: html2text.HTML2Text().handle(text)
    if importlib.util.find_spec("markdownify"):
        import markdownify

        found["markdownify"] = lambda raw, text: markdownify.markdownify(text)
        found["markdownify_atx"] = lambda raw, text: markdownify.markdownify(text, heading_style="ATX")
    if importlib.util.find_spec("inscriptis"):
        import inscriptis

        found["inscriptis"] = lambda raw, text: inscriptis.get_text(text)
    if importlib.util.find_spec("bs4"):
        from bs4 import BeautifulSoup

        found["bs4"] = lambda raw, text: BeautifulSoup(text, "html.parser").get_text("\n")
    if shutil.which("lynx"):
        found["lynx"] = lambda raw, text: _run(
            ["lynx", "-dump", "-nolist", "-stdin", "-force_html", f"-assume_charset={_charset(raw)}",
             "-display_charset=utf-8"], raw)
    if shutil.which("w3m"):
        found["w3m"] = lambda raw, text: _run(["w3m", "-dump", "-T", "text/html", "-I", _charset(raw),
                                               "-O", "UTF-8"], raw)
    return found


def pages(sets: list[str]) -> Iterator[tuple[str, str, bytes]]:
    """(set, id, raw bytes) of every page of the sets asked for."""
    if "meta" in sets:
        for truth_file in sorted((SHARED / "bench" / "meta").glob("*/truth.json")):
            source = truth_file.parent.name
            for entry in json.loads(truth_file.read_text(encoding="utf-8")):
                path = truth_file.parent / entry["file"]
                raw = gzip.decompress(path.read_bytes()) if path.suffix == ".gz" else path.read_bytes()
                yield "meta", f"{source}/{entry['id']}", raw
    if "readability" in sets:
        for page in sorted((SHARED / "bench" / "readability" / "pages").iterdir()):
            if (page / "source.html").is_file():
                yield "readability", page.name, (page / "source.html").read_bytes()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out", type=Path)
    ap.add_argument("--sets", default="meta,readability")
    ap.add_argument("--converters", default="", help="comma list (default: every installed one)")
    args = ap.parse_args(argv)
    if decode_html is None:
        print(f"{SHARED / 'tools' / 'evalbench.py'} is missing", file=sys.stderr)
        return 2
    found = converters()
    wanted = [c.strip() for c in args.converters.split(",") if c.strip()] or sorted(found)
    for name in wanted:
        if name not in found:
            print(f"converter {name} is not installed here: skipped", file=sys.stderr)
    wanted = [name for name in wanted if name in found]
    counts = dict.fromkeys(wanted, 0)
    for dataset, doc_id, raw in pages([s.strip() for s in args.sets.split(",")]):
        text = decode_html(raw)
        for name in wanted:
            target = args.out / dataset / name / (doc_id.replace("/", "__", 1) + ".txt.gz")
            if target.exists():
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            try:
                out = found[name](raw, text)
            except Exception as exc:  # a converter that fails on a page: note it, go on
                print(f"{name} {dataset} {doc_id}: {type(exc).__name__}: {exc}", file=sys.stderr)
                continue
            partial = target.with_suffix(".part")
            partial.write_bytes(gzip.compress(out.encode("utf-8"), mtime=0))
            partial.replace(target)
            counts[name] += 1
    print(json.dumps(counts))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
