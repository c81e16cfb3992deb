"""Snapshot every document newsgrab can be run on here, to prove a refactor changed no output.

    .venv/bin/python bench/snapshot.py write before.jsonl     # before the change
    .venv/bin/python bench/snapshot.py write after.jsonl      # after it
    .venv/bin/python bench/snapshot.py diff before.jsonl after.jsonl

One line per document: `{"doc": <set>/<id>, "out": <to_dict() or the error>}`, in a fixed order.
The sets: the project's samples, and from ../shared/bench (skipped with a note when absent) the
ScrapingHub pages, the Readability pages, the bench/meta pages and every textbench dump (text path).
`diff` prints the documents whose output differs, the fields that differ, and the counts; it exits 1
when any differs, so it can gate a refactor.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench.shared_data import ROOT, SHARED

#: the Readability test pages are all served from this URL in their own suite
READABILITY_URL = "http://fakehost/test/page.html"

Doc = tuple[str, bytes, dict[str, Any]]


def _samples() -> Iterator[Doc]:
    for path in sorted((ROOT / "samples").iterdir()):
        if path.is_file():
            yield f"samples/{path.name}", path.read_bytes(), {}


def _scrapinghub() -> Iterator[Doc]:
    root = SHARED / "bench" / "scrapinghub"
    truth = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    for key in sorted(truth):
        raw = gzip.decompress((root / "html" / f"{key}.html.gz").read_bytes())
        yield f"scrapinghub/{key}", raw, {"url": truth[key].get("url")}


def _readability() -> Iterator[Doc]:
    for page in sorted((SHARED / "bench" / "readability" / "pages").iterdir()):
        yield f"readability/{page.name}", (page / "source.html").read_bytes(), {"url": READABILITY_URL}


def _meta() -> Iterator[Doc]:
    root = SHARED / "bench" / "meta"
    for truth_file in sorted(root.glob("*/truth.json")):
        for item in json.loads(truth_file.read_text(encoding="utf-8")):
            raw = gzip.decompress((truth_file.parent / item["file"]).read_bytes())
            yield f"meta/{truth_file.parent.name}/{item['id']}", raw, {"url": item.get("url")}


def _textbench() -> Iterator[Doc]:
    root = SHARED / "bench" / "textbench" / "scrapinghub"
    for converter in sorted(p for p in root.iterdir() if p.is_dir()):
        for dump in sorted(converter.glob("*.txt.gz")):
            yield f"textbench/{converter.name}/{dump.name}", gzip.decompress(dump.read_bytes()), {"kind": "text"}


SETS = {"samples": _samples, "scrapinghub": _scrapinghub, "readability": _readability, "meta": _meta,
        "textbench": _textbench}


def write(out: Path, sets: list[str], package_from: Path | None = None) -> int:
    if package_from is not None:  # another build of the package (bench/compiled.py's wheel tree)
        sys.path.insert(0, str(package_from.resolve()))
    import newsgrab

    if package_from is not None and package_from.resolve() not in Path(newsgrab.__file__).resolve().parents:
        raise SystemExit(f"newsgrab was imported from {newsgrab.__file__}, not from {package_from}")

    count = 0
    with out.open("w", encoding="utf-8") as fh:
        for name in sets:
            if name != "samples" and not SHARED.exists():
                print(f"snapshot: {SHARED} is absent, {name} skipped", file=sys.stderr)
                continue
            for doc, raw, kwargs in SETS[name]():
                try:
                    result: Any = newsgrab.extract(raw, **kwargs).to_dict()
                except newsgrab.NewsgrabError as exc:
                    result = {"error": exc.code, "message": exc.message}
                fh.write(json.dumps({"doc": doc, "out": result}, ensure_ascii=False, sort_keys=False) + "\n")
                count += 1
    print(f"snapshot: {count} documents written to {out}", file=sys.stderr)
    return 0


def _load(path: Path) -> dict[str, Any]:
    with path.open(encoding="utf-8") as fh:
        return {row["doc"]: row["out"] for row in map(json.loads, fh)}


def diff(before: Path, after: Path, show: int) -> int:
    old, new = _load(before), _load(after)
    changed = [doc for doc in old if doc in new and json.dumps(old[doc]) != json.dumps(new[doc])]
    for doc in changed[:show]:
        fields = sorted({*old[doc], *new[doc]} - {k for k in old[doc] if old[doc].get(k) == new[doc].get(k)})
        print(f"{doc}: {', '.join(fields)}")
    missing, added = sorted(set(old) - set(new)), sorted(set(new) - set(old))
    print(f"compared {len(set(old) & set(new))} documents: {len(changed)} differ; "
          f"{len(missing)} only before, {len(added)} only after")
    return 1 if changed or missing or added else 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="command", required=True)
    w = sub.add_parser("write", help="run every document and write the snapshot")
    w.add_argument("out", type=Path)
    w.add_argument("--sets", default=",".join(SETS), help=f"comma-separated subset of {','.join(SETS)}")
    w.add_argument("--package-from", type=Path, metavar="DIR",
                   help="import newsgrab from DIR (a wheel unpacked by bench/compiled.py) instead of this checkout")
    d = sub.add_parser("diff", help="compare two snapshots")
    d.add_argument("before", type=Path)
    d.add_argument("after", type=Path)
    d.add_argument("--show", type=int, default=40, help="list at most this many differing documents")
    args = ap.parse_args(argv)
    if args.command == "write":
        return write(args.out, [s for s in args.sets.split(",") if s], args.package_from)
    return diff(args.before, args.after, args.show)


if __name__ == "__main__":
    sys.exit(main())
