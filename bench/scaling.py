#!/usr/bin/env python3
"""Extraction time against input size, per hostile shape, with the fitted exponent.

usage: .venv/bin/python bench/scaling.py [--shapes a,b] [--scale F] [--repeat N] [--budget SECONDS]

Each shape is a page (or a text dump) that grows one thing: sibling paragraphs, nesting depth,
` | ` parts in a title, an unclosed <title> before a growing page, attributes per element, links
in one paragraph, lines of a text dump, heading sections of a text dump, one long word, <br> in
one paragraph, table rows, class
names in one attribute, and control characters before elements the pruner drops. The whole
`newsgrab.extract(bytes)` call is timed in CPU seconds (the fastest of `--repeat` runs), at sizes
that double.

The exponent is the slope of log(time) against log(size), fitted by least squares over the sizes
(linear work gives 1; all-pairs work gives 2). Every exponent must be at most `MAX_EXPONENT`; the
script exits 1 when one is over. Each run is a forked child killed after `--budget` seconds: a size
that times out counts as the budget (so the exponent is a lower bound) and ends its shape, so a
quadratic shape cannot run for hours. An
exception other than `NewsgrabError` is a crash: it ends the shape, is named in the table, and
makes the script exit 1 too.
"""

from __future__ import annotations

import argparse
import math
import multiprocessing
import sys
import time
from collections.abc import Callable
from multiprocessing.connection import Connection
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import newsgrab
from newsgrab.errors import NewsgrabError

#: the exponent above which a shape is not linear enough (issue 14: every exponent <= 1.2)
MAX_EXPONENT = 1.2

WORDS = ["the", "council", "said", "on", "tuesday", "that", "repairs", "to", "harbour", "wall", "would", "take",
         "months", "while", "residents", "asked", "for", "help", "before", "winter", "and", "engineers", "checked",
         "old", "bridge"]


def _sentence(i: int, words: int = 14) -> str:
    return " ".join(WORDS[(i * 7 + k) % len(WORDS)] for k in range(words)).capitalize() + f" {i}."


def _page(body: str, head: str = "<title>Harbour repairs</title>") -> bytes:
    return f"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>".encode()


def siblings(n: int) -> bytes:
    return _page("<article>" + "".join(f"<p>{_sentence(i)}</p>" for i in range(n)) + "</article>")


def nesting(n: int) -> bytes:
    return _page("<article>" + "<div>" * n + f"<p>{_sentence(0, 30)}</p>" + "</div>" * n
                 + "".join(f"<p>{_sentence(i)}</p>" for i in range(5)) + "</article>")


def title_parts(n: int) -> bytes:
    title = " | ".join(f"Section {i} news" for i in range(n))
    return _page("<article>" + "".join(f"<p>{_sentence(i)}</p>" for i in range(8)) + "</article>",
                 head=f"<title>{title}</title>")


def unclosed_title(n: int) -> bytes:
    body = "<article>" + "".join(f"<p>{_sentence(i)} | {_sentence(i + 1, 4)}</p>" for i in range(n)) + "</article>"
    return f"<!DOCTYPE html><html><head><title>Harbour repairs | City news</head><body>{body}</body></html>".encode()


def attributes(n: int) -> bytes:
    attrs = " ".join(f'data-k{i}="v{i}"' for i in range(n))
    return _page("<article>" + "".join(f"<p {attrs}>{_sentence(i)}</p>" for i in range(20)) + "</article>")


def links(n: int) -> bytes:
    anchors = " ".join(f'<a href="/n/{i}">story {i}</a> and' for i in range(n))
    return _page(f"<article><p>{_sentence(0)} {anchors} more.</p><p>{_sentence(1)}</p></article>")


def text_lines(n: int) -> bytes:
    return ("Harbour repairs\n\n" + "\n".join(_sentence(i) for i in range(n)) + "\n").encode()


def text_paragraphs(n: int) -> bytes:
    return ("Harbour repairs\n\n" + "\n\n".join(_sentence(i) for i in range(n)) + "\n").encode()


def text_sections(n: int) -> bytes:
    """A heading over each short paragraph: every heading a wall the article run crosses (s45-fuzz)."""
    return "\n\n".join(f"# Section {i}\n\n{_sentence(i)}" for i in range(n)).encode()


def long_word(n: int) -> bytes:
    return _page(f"<article><p>{_sentence(0)} {'a' * n}</p><p>{_sentence(1)}</p></article>")


def line_breaks(n: int) -> bytes:
    return _page("<article><p>" + "<br>".join(_sentence(i, 6) for i in range(n)) + "</p></article>")


def table_rows(n: int) -> bytes:
    rows = "".join(f"<tr><td>{i}</td><td>{_sentence(i, 6)}</td><td>{i * 3}</td></tr>" for i in range(n))
    return _page(f"<article><p>{_sentence(0)}</p><table>{rows}</table></article>")


def class_names(n: int) -> bytes:
    classes = " ".join(f"c{i}" for i in range(n))
    return _page(f'<article class="{classes}">' + "".join(f"<p>{_sentence(i)}</p>" for i in range(20)) + "</article>")


def dropped_after_controls(n: int) -> bytes:
    blocks = "".join(f"<p>{_sentence(i)}</p>\x1f<aside>share {i}</aside>" for i in range(n))
    return _page(f"<article>{blocks}</article>")


#: invented names for the byline shapes (s46-fuzz)
GIVEN = ["Nora", "Piet", "Anna", "Jonas"]
FAMILY = ["Vale", "Marrow", "Lind"]


def _names(n: int, join: str) -> str:
    return f" {join} ".join(f"{GIVEN[i % len(GIVEN)]} {FAMILY[(i // len(GIVEN)) % len(FAMILY)]}" for i in range(n))


def foreign_conjunction_names(n: int) -> bytes:
    """A page's author meta of n names joined by another language's conjunction (Latvian "un" on a
    French page): each conjunction's two sides were read again from the byline's edges (s46-fuzz)."""
    head = f'<title>Le bac</title><meta name="author" content="{_names(n, "un")}">'
    return _page("<article>" + "".join(f"<p>{_sentence(i)}</p>" for i in range(5)) + "</article>", head).replace(
        b"<html>", b'<html lang="fr">')


def headline_runs(n: int) -> bytes:
    """Text: n lists of eight headline-shaped lines, each between two paragraphs (text/gaps.py)."""
    parts = ["Home\n\nNews\n\nSport\n\nWeather\n\nHarbour repairs\n\nBy Jane Doe"]
    for i in range(n):
        parts += [_sentence(2 * i, 24), _sentence(2 * i + 1, 24)]
        parts += [f"Council votes on the harbour plan {i} {j}" for j in range(8)]
    return "\n\n".join(parts).encode()


def comment_headings(n: int) -> bytes:
    """Text: a story, then n comment headings, each with a reader's name and words under it (no date)."""
    story = "\n\n".join(_sentence(i, 24) for i in range(4))
    return ("Harbour repairs\n\n" + story + "\n\n"
            + "\n\n".join(f"{i} comments\n\nMara Lind\n\nThanks for this" for i in range(n))).encode()


def ornament_lines(n: int) -> bytes:
    """Text: n paragraphs, each followed by a row of ornaments (clean/ornaments.py)."""
    return ("Harbour repairs\n\n" + "\n\n".join(f"{_sentence(i, 24)}\n\n\u25c6\u25c6\u25c6" for i in range(n))).encode()


#: name -> (page builder, first size); sizes double from the first
SHAPES: dict[str, tuple[Callable[[int], bytes], int]] = {
    "sibling <p> in one <article>": (siblings, 4000),
    "nesting depth": (nesting, 100),
    "` | ` parts in <title>": (title_parts, 50),
    "unclosed <title> (page paragraphs)": (unclosed_title, 50),
    "attributes per element": (attributes, 500),
    "links in one paragraph": (links, 4000),
    "lines of a text dump": (text_lines, 4000),
    "paragraphs of a text dump": (text_paragraphs, 4000),
    "heading sections of a text dump": (text_sections, 2000),
    "one long word (chars)": (long_word, 100_000),
    "<br> in one paragraph": (line_breaks, 4000),
    "table rows": (table_rows, 4000),
    "class names in one attribute": (class_names, 1000),
    "control char before a dropped element": (dropped_after_controls, 2000),
    "names joined by a foreign conjunction": (foreign_conjunction_names, 1000),
    "headline lists amid a text dump": (headline_runs, 100),
    "comment headings in a text dump": (comment_headings, 500),
    "ornament rows in a text dump": (ornament_lines, 500),
}
STEPS = 4


def _time(data: bytes, repeat: int, budget: float) -> tuple[float, str]:
    """(the fastest of `repeat` runs, the outcome), each run in a forked child killed past `budget`
    seconds: a timed-out size counts as `budget` seconds (a lower bound) with the outcome "timeout"."""
    best, outcome = math.inf, "ok"
    for _ in range(repeat):
        took, outcome = _run_in_child(data, budget)
        best = min(best, took)
        if outcome == "timeout" or outcome.startswith("CRASH"):
            break
    return best, outcome


def _run_in_child(data: bytes, budget: float) -> tuple[float, str]:
    context = multiprocessing.get_context("fork")  # the child inherits the warmed-up imports and rules
    receive, send = context.Pipe(duplex=False)
    child = context.Process(target=_extract_timed, args=(data, send))
    child.start()
    send.close()
    if not receive.poll(budget):
        child.kill()
        child.join()
        return budget, "timeout"
    took, outcome = receive.recv()
    child.join()
    return took, outcome


def _extract_timed(data: bytes, send: Connection) -> None:
    outcome = "ok"
    start = time.process_time()  # CPU time: other processes on the machine do not count
    try:
        newsgrab.extract(data)
    except NewsgrabError as exc:
        outcome = exc.code
    except Exception as exc:  # a bug: reported in the table, the shape goes on
        outcome = f"CRASH {type(exc).__name__}"
    send.send((time.process_time() - start, outcome))


def exponent(sizes: list[int], seconds: list[float]) -> float:
    """Least-squares slope of log(seconds) on log(size)."""
    xs = [math.log(s) for s in sizes]
    ys = [math.log(max(t, 1e-6)) for t in seconds]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sum((x - mx) ** 2 for x in xs)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shapes", help="comma-separated substrings of shape names (default: all)")
    parser.add_argument("--scale", type=float, default=1.0, help="multiply every size by this")
    parser.add_argument("--repeat", type=int, default=2, help="runs per size; the fastest is kept")
    parser.add_argument("--budget", type=float, default=60.0, help="seconds; a run is killed after this")
    args = parser.parse_args()
    wanted = [w.strip() for w in args.shapes.split(",")] if args.shapes else None
    # lazy imports, rule loading and the beautifulsoup4 repair path (deep nesting takes it), outside
    # the timings: each timed run is a child forked from this warmed-up process
    newsgrab.extract(siblings(50))
    newsgrab.extract(nesting(300))
    print(f"{'shape':40} {'sizes':>32}  {'seconds':>36}  exponent")
    failed = []
    for name, (build, first) in SHAPES.items():
        if wanted and not any(w in name for w in wanted):
            continue
        sizes, seconds, outcomes = [], [], set()
        for step in range(STEPS):
            size = max(1, int(first * args.scale)) * 2**step
            took, outcome = _time(build(size), args.repeat, args.budget)
            if outcome.startswith("CRASH"):
                outcomes.add(f"{outcome} at {size}")
                break  # a crash's time says nothing about scaling
            sizes.append(size)
            seconds.append(took)
            outcomes.add(outcome)
            if outcome == "timeout":
                break
        slope = exponent(sizes, seconds) if len(sizes) > 1 else math.nan
        verdict = "ok" if slope <= MAX_EXPONENT else "OVER"
        if "timeout" in outcomes:  # far slower than linear at these sizes, whatever the fit says
            verdict = "OVER"
            outcomes.add(f"killed at {args.budget:g} s: the exponent is a lower bound")
            outcomes.discard("timeout")
        if verdict != "ok":
            failed.append(name)
        bound = ">=" if any("lower bound" in outcome for outcome in outcomes) else "  "
        slope_text = f"{bound}{slope:4.2f}"
        note = "" if outcomes == {"ok"} else f"  ({', '.join(sorted(outcomes - {'ok'}))})"
        if any(outcome.startswith("CRASH") for outcome in outcomes):
            verdict = "CRASH"
            if name not in failed:
                failed.append(name)
        print(f"{name:40} {' '.join(map(str, sizes)):>32}  {' '.join(f'{t:.3f}' for t in seconds):>36}"
              f"  {slope_text} {verdict}{note}", flush=True)
    if failed:
        print(f"\nover {MAX_EXPONENT}: {', '.join(failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
