"""Page by page: newsgrab's body against trafilatura's (and readability-lxml's, jusText's) on each half.

    .venv/bin/python bench/versus.py                      # behind / ahead / level per set and half
    .venv/bin/python bench/versus.py --worst 25           # and the tune half's 25 pages furthest behind
    .venv/bin/python bench/versus.py --cache /tmp/vs      # keep the peers' output: a rerun runs newsgrab only
    .venv/bin/python bench/versus.py --json after.json    # every page's F1 per tool (no page text)

Issue 10 measures newsgrab on a corpus we do not have by three figures: the mean body F1, the pages
left empty, and how many pages newsgrab is behind trafilatura on against how many it is ahead. The
last one is a count of pages, not an average: a page lost by 0.3 weighs what a page lost by 0.02 does.
This script gives that count here, per half of the fixed split (`bench/splits.py`), on the pages
that have a full body truth: ScrapingHub and Readability (as `bench/run.py` loads them) and the
bench/meta pages with a `body` (not a mere `body_prefix`).

Per page F1 is evalbench's shingle F1 of that page (`tp / (tp + (fp + fn) / 2)`, 4-token shingles,
the metric imported from ../shared/tools/evalbench.py, never copied). A page is *level* when the two
F1 differ by less than `--tie` (default 0.01: the shingle noise of a dateline or a caption), else
behind or ahead. `--worst` lists the TUNE half only (the holdout's pages are not for reading), with
each tool's P and R and the body lengths, never page text. Peers get the page decoded by evalbench's
`decode_html`, as in bench/run.py; jusText runs with its English stop list (it needs one language).
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import importlib.util
import json
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from importlib.metadata import version
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench.shared_data import load_evalbench
from bench.splits import HOLDOUT, TUNE

#: a page is level when the two tools' F1 differ by less than this
TIE = 0.01
#: peer name -> the module it needs
PEERS = {"trafilatura": "trafilatura", "readability-lxml": "readability", "justext": "justext"}

EB = load_evalbench()


def _trafilatura(doc: dict[str, Any]) -> str:
    import trafilatura

    return trafilatura.extract(EB.decode_html(doc["raw"]), url=doc["url"]) or ""


def _readability(doc: dict[str, Any]) -> str:
    from readability import Document

    html = EB.decode_html(doc["raw"])
    return str(EB.html_to_text(Document(html).summary(html_partial=True)))


def _justext(doc: dict[str, Any]) -> str:
    import justext

    paragraphs = justext.justext(EB.decode_html(doc["raw"]).encode("utf-8"), justext.get_stoplist("English"))
    return "\n".join(p.text for p in paragraphs if not p.is_boilerplate)


RUNNERS: dict[str, Callable[[dict[str, Any]], str]] = {
    "trafilatura": _trafilatura, "readability-lxml": _readability, "justext": _justext}


def documents() -> Iterator[dict[str, Any]]:
    """Every page with a full body truth (the loader bench/hostile_body.py uses, prefix-only pages left out)."""
    from bench.hostile_body import documents as all_documents

    for doc in all_documents(EB):
        if doc["truth"]:
            yield doc


def scores(truth: str, body: str) -> dict[str, float]:
    """The page's shingle F1, precision and recall (evalbench's counts)."""
    tp, fp, fn = EB.shingle_counts(truth, body)
    return {"f1": tp / (tp + 0.5 * (fp + fn)) if tp else 0.0,
            "p": tp / (tp + fp) if tp else 0.0, "r": tp / (tp + fn) if tp else 0.0,
            "chars": float(len(body))}


def _safe(run: Callable[[dict[str, Any]], str], doc: dict[str, Any]) -> str:
    try:
        return run(doc)
    except Exception:  # a peer's crash is an empty body, as in bench/run.py
        return ""


def measure(peers: list[str], cache: Path | None) -> list[dict[str, Any]]:
    """One row per page: set, id, half, and each tool's scores."""
    import newsgrab

    stored: dict[str, dict[str, str]] = {}
    for peer in peers:
        path = cache / f"{peer}-{version(peer)}.json" if cache else None
        stored[peer] = json.loads(path.read_text(encoding="utf-8")) if path and path.is_file() else {}
    rows = []
    for doc in documents():
        key = hashlib.sha1(doc["raw"] + (doc["url"] or "").encode()).hexdigest()
        row: dict[str, Any] = {"set": doc["set"], "id": doc["id"], "half": doc["half"]}
        try:
            body = newsgrab.extract(doc["raw"], url=doc["url"]).body
        except newsgrab.NewsgrabError:
            body = ""
        row["newsgrab"] = scores(doc["truth"], body)
        for peer in peers:
            if key not in stored[peer]:
                stored[peer][key] = _safe(RUNNERS[peer], doc)
            row[peer] = scores(doc["truth"], stored[peer][key])
        rows.append(row)
    if cache:
        cache.mkdir(parents=True, exist_ok=True)
        for peer in peers:
            path = cache / f"{peer}-{version(peer)}.json"
            path.write_text(json.dumps(stored[peer]), encoding="utf-8")
    return rows


def verdict(row: dict[str, Any], peer: str, tie: float) -> str:
    diff = row["newsgrab"]["f1"] - row[peer]["f1"]
    return "level" if abs(diff) < tie else ("ahead" if diff > 0 else "behind")


def report(rows: list[dict[str, Any]], peers: list[str], tie: float, worst: int) -> None:
    for peer in peers:
        print(f"\nnewsgrab against {peer} (pages; level = F1 within {tie})")
        print("| set | half | pages | behind | ahead | level | newsgrab empty | peer empty |")
        print("|---|---|---|---|---|---|---|---|")
        for name in ("scrapinghub", "readability", "meta", "all"):
            for which in (TUNE, HOLDOUT):
                part = [r for r in rows if r["half"] == which and name in (r["set"], "all")]
                if not part:
                    continue
                n = Counter(verdict(r, peer, tie) for r in part)
                empty = sum(not r["newsgrab"]["chars"] for r in part)
                peer_empty = sum(not r[peer]["chars"] for r in part)
                print(f"| {name} | {which} | {len(part)} | {n['behind']} | {n['ahead']} | {n['level']} "
                      f"| {empty} | {peer_empty} |")
    if worst and peers:
        lead = peers[0]
        tune = sorted((r for r in rows if r["half"] == TUNE),
                      key=lambda r: r["newsgrab"]["f1"] - r[lead]["f1"])[:worst]
        tools = ["newsgrab", *peers]
        print(f"\nthe tune half's {len(tune)} pages furthest behind {lead} (F1 P/R chars per tool)")
        print("| page | " + " | ".join(tools) + " |\n|---|" + "---|" * len(tools))
        for r in tune:
            cells = [f"{r[t]['f1']:.2f} {r[t]['p']:.2f}/{r[t]['r']:.2f} {int(r[t]['chars'])}" for t in tools]
            print(f"| {r['set']}/{r['id']} | " + " | ".join(cells) + " |")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--peers", default="auto", help="comma-separated, or auto: every installed one")
    ap.add_argument("--tie", type=float, default=TIE)
    ap.add_argument("--worst", type=int, default=0, help="list the tune half's N pages furthest behind")
    ap.add_argument("--cache", type=Path, help="keep the peers' bodies in this folder")
    ap.add_argument("--json", type=Path, help="write every page's scores here (no text)")
    args = ap.parse_args(argv)
    peers = [p for p in PEERS if importlib.util.find_spec(PEERS[p])] if args.peers == "auto" else \
        [p for p in args.peers.split(",") if p]
    rows = measure(peers, args.cache)
    report(rows, peers, args.tie, args.worst)
    if args.json:
        with contextlib.suppress(OSError):
            args.json.write_text(json.dumps(rows, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
