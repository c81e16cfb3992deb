"""Body agreement with peer extractors on pages nobody tuned the engine on: no body truth needed.

    .venv/bin/python bench/agreement.py                          # summary per half, then the tune half's suspects
    .venv/bin/python bench/agreement.py --half holdout --limit 0 # every holdout suspect
    .venv/bin/python bench/agreement.py --json after.json --compare before.json   # pages whose body changed

The engine was tuned on the ScrapingHub and Readability pages. The ~300 bench/meta pages (four
other projects' test suites: news, blogs, shops, forums, official sites, many languages) are
pages it was not, and most have no body truth. What they do have is other extractors: where
newsgrab and trafilatura (and readability-lxml) agree on a page's body, newsgrab is unlikely to
have taken a dialog or a sidebar; where newsgrab is empty, or shares less than `SUSPECT_F1` with
every peer that found text, the page is a suspect to read by eye. Agreement is token-overlap F1
(the bag of words, case folded, each Chinese, Japanese or Korean character a word of its own, since
those scripts run words together): forgiving of order and of a caption kept or dropped, harsh on a
different region. Peers that are empty on a page do not vote on it. The peers' F1 with each other
is given too: where they agree and newsgrab does not, newsgrab is the one out.

Pages are split by site with the fixed split of `bench/splits.py` (`meta_sites`): tune on the tune
half's suspects, quote both halves. Peers' bodies do not change with newsgrab's code, so they are
cached (`--peer-cache`, default newsgrab-agreement-peers.json in the temporary folder) and computed once. Needs
../shared (exits with a message when it is absent).
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import tempfile
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from statistics import mean
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench.shared_data import SHARED, load_evalbench
from bench.splits import TUNE, half_of, meta_sites

META = SHARED / "bench" / "meta"
#: a page sharing less token F1 than this with every peer that found text is a suspect
SUSPECT_F1 = 0.5
PEERS = ("trafilatura", "readability-lxml")
DEFAULT_CACHE = Path(tempfile.gettempdir()) / "newsgrab-agreement-peers.json"
#: a word, or one character of a script written without spaces (Han, kana, Hangul)
_CJK = "\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff"
_TOKEN_RE = re.compile(f"[{_CJK}]|[^\\W{_CJK}]+")


def pages() -> Iterator[dict[str, Any]]:
    """Every bench/meta page: key (`source/id`), url, raw bytes."""
    for truth_file in sorted(META.glob("*/truth.json")):
        for item in json.loads(truth_file.read_text(encoding="utf-8")):
            raw = (truth_file.parent / item["file"]).read_bytes()
            if item["file"].endswith(".gz"):
                raw = gzip.decompress(raw)
            yield {"key": f"{truth_file.parent.name}/{item['id']}", "url": item.get("url"), "raw": raw}


def _peer(name: str) -> Callable[[dict[str, Any]], str] | None:
    """A peer's body function, or None when it is not installed."""
    eb = load_evalbench()
    try:
        if name == "trafilatura":
            import trafilatura

            return lambda doc: trafilatura.extract(eb.decode_html(doc["raw"]), url=doc["url"]) or ""
        from readability import Document

        return lambda doc: str(eb.html_to_text(Document(eb.decode_html(doc["raw"])).summary(html_partial=True)))
    except ImportError:
        return None


def peer_bodies(docs: list[dict[str, Any]], cache: Path) -> dict[str, dict[str, str]]:
    """peer -> page key -> body, from the cache when it holds them, else computed (and cached)."""
    stored: dict[str, dict[str, str]] = json.loads(cache.read_text(encoding="utf-8")) if cache.exists() else {}
    changed = False
    for name in PEERS:
        have = stored.setdefault(name, {})
        missing = [doc for doc in docs if doc["key"] not in have]
        run = _peer(name) if missing else None
        for doc in missing if run is not None else ():
            try:
                have[doc["key"]] = run(doc) if run is not None else ""
            except Exception as exc:  # a peer's crash on one page is that peer's empty body
                print(f"{name}: {doc['key']}: {exc!r}", file=sys.stderr)
                have[doc["key"]] = ""
            changed = True
    if changed:
        cache.write_text(json.dumps(stored, ensure_ascii=False), encoding="utf-8")
    return stored


def token_f1(a: str, b: str) -> float:
    """F1 of two texts' token bags (0 when either is empty)."""
    ta, tb = Counter(_TOKEN_RE.findall(a.casefold())), Counter(_TOKEN_RE.findall(b.casefold()))
    common = sum((ta & tb).values())
    if not common:
        return 0.0
    precision, recall = common / sum(ta.values()), common / sum(tb.values())
    return 2 * precision * recall / (precision + recall)


def rows(docs: list[dict[str, Any]], peers: dict[str, dict[str, str]]) -> list[dict[str, Any]]:
    """One row per page: half, site, newsgrab's body and warnings, each peer's length and F1 with
    newsgrab, and whether the page is a suspect (see the module docstring)."""
    import newsgrab

    sites = meta_sites()
    out = []
    for doc in docs:
        article = newsgrab.extract(doc["raw"], url=doc["url"])
        body = article.body
        row: dict[str, Any] = {"key": doc["key"], "site": sites[doc["key"]], "half": half_of(sites[doc["key"]]),
                               "chars": len(body), "body": body, "warnings": list(article.warnings)}
        votes = []
        for name in PEERS:
            theirs = peers.get(name, {}).get(doc["key"], "")
            f1 = token_f1(body, theirs)
            row[f"{name}_chars"], row[f"{name}_f1"] = len(theirs), f1
            if theirs.strip():
                votes.append(f1)
        row["peers_f1"] = token_f1(*(peers.get(name, {}).get(doc["key"], "") for name in PEERS[:2]))
        row["peers_empty"] = not votes
        row["empty"] = not body.strip()
        row["suspect"] = row["empty"] or (bool(votes) and max(votes) < SUSPECT_F1)
        out.append(row)
    return out


def summary(found: list[dict[str, Any]]) -> str:
    """The per-half table: pages, empty bodies, mean F1 with each peer (pages where it found text), suspects."""
    head = "| half | pages | newsgrab empty | peers all empty | " + " | ".join(
        f"F1 with {name} (mean / median)" for name in PEERS) + " | suspects |"
    lines = [head, "|" + "---|" * (5 + len(PEERS))]
    for which in (TUNE, "holdout", "all"):
        part = [r for r in found if which in ("all", r["half"])]
        cells = []
        for name in PEERS:
            f1s = sorted(r[f"{name}_f1"] for r in part if r[f"{name}_chars"])
            cells.append(f"{mean(f1s):.3f} / {f1s[len(f1s) // 2]:.3f}" if f1s else "-")
        lines.append(f"| {which} | {len(part)} | {sum(r['empty'] for r in part)} | "
                     f"{sum(r['peers_empty'] for r in part)} | " + " | ".join(cells)
                     + f" | {sum(r['suspect'] for r in part)} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--half", choices=("tune", "holdout", "all"), default="tune", help="whose suspects to list")
    ap.add_argument("--limit", type=int, default=40, help="suspects listed (0: all)")
    ap.add_argument("--peer-cache", type=Path, default=DEFAULT_CACHE)
    ap.add_argument("--json", type=Path, help="write every page's row (with newsgrab's body) here")
    ap.add_argument("--compare", type=Path, help="an earlier --json file: list the pages whose body changed")
    args = ap.parse_args(argv)
    if not META.exists():
        print(f"no {META}: the pages live in ../shared", file=sys.stderr)
        return 2
    docs = list(pages())
    found = rows(docs, peer_bodies(docs, args.peer_cache))
    if args.json:
        args.json.write_text(json.dumps(found, ensure_ascii=False), encoding="utf-8")
    print(summary(found))
    print()
    fmt = "| {key} | {half} | {chars} | {tc} | {tf} | {rc} | {rf} | {pf:.2f} | {warnings} |"
    print("| page | half | newsgrab chars | trafilatura chars | F1 | readability chars | F1 | peers' F1 | warnings |")
    print("|---|---|---|---|---|---|---|---|---|")
    if args.compare:
        before = {r["key"]: r for r in json.loads(args.compare.read_text(encoding="utf-8"))}
        shown = [r for r in found if r["key"] in before and before[r["key"]]["body"] != r["body"]
                 and args.half in ("all", r["half"])]
    else:
        shown = [r for r in found if r["suspect"] and args.half in ("all", r["half"])]
    shown.sort(key=lambda r: max(r[f"{name}_f1"] for name in PEERS))
    for r in shown[: args.limit or None]:
        old = before.get(r["key"]) if args.compare else None

        def cell(field: str, r: dict[str, Any] = r, old: dict[str, Any] | None = old) -> str:
            value = f"{r[field]:.2f}" if isinstance(r[field], float) else str(r[field])
            return f"{old[field]:.2f} -> {value}" if old and isinstance(r[field], float) else \
                f"{old[field]} -> {value}" if old else value

        print(fmt.format(key=r["key"][:48], half=r["half"], chars=cell("chars"), tc=r["trafilatura_chars"],
                         tf=cell("trafilatura_f1"), rc=r["readability-lxml_chars"], rf=cell("readability-lxml_f1"),
                         pf=r["peers_f1"], warnings=", ".join(r["warnings"])))
    return 0


if __name__ == "__main__":
    sys.exit(main())
