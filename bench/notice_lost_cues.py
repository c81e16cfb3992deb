#!/usr/bin/env python3
"""The text path's notice misses on the converted pages, put in families by what the conversion lost.

    .venv/bin/python bench/notice_lost_cues.py /tmp/conv                # tune half, by fold
    .venv/bin/python bench/notice_lost_cues.py /tmp/conv --list         # ... and each family's misses

Why: `bench/notice_removal.py --converted DIR --misses tune` lists each tune miss of the text path
with what the HTML path did to the same block; reading a hundred such lines by eye to find the
families a mechanism should serve is slow and easy to get wrong. This puts every miss in one family:

- `html keeps it too`: the HTML path misses it as well (no cue was lost in conversion; the notice's
  family is not a text one);
- `html never hands it on`: the HTML stage drops the block before the pass (a hidden box, a menu);
- `html rule or structure`: a phrase rule or a structure shape takes it in HTML (markup the converter
  dropped: a list of links, a box, emphasis that splits a rule's phrase);
- `html score: <cues>`: the HTML path's score takes it with one or more of the cues a converter can
  lose (`link-share`: a converter that drops links; `after-body` / `before-body`: the position a
  whole-page dump's furniture and sidebars move; `markup`: class tokens, buttons, forms), or
  `words only` when it needed none of them (the text path then lost it some other way).

Each family is counted by fold and converter, with the sites it spans: a family on one site is a
case, not a mechanism's target (the rule of the house wants two pages where a cue fires). Only the
tune half is read; the holdout's misses are never listed (its figures come from notice_removal.py).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench.shared_data import SHARED

#: the cues a conversion can take away from a block, in the order a family is named by them
LOSABLE = ("link-share", "after-body", "before-body", "markup")
#: a miss line of `notice_converted.score_converted` (its `table.misses`)
_MISS_RE = re.compile(r"^MISS (\S+) (\S+) (\S+) (\S+) \[([^\]]+)\] -> (.*?) \(html: (.*?)\): (.*)$")


def family(html: str) -> str:
    """The family of a miss from the HTML path's verdict on the same block (`kept`, `?` when the
    HTML stage never handed the block on, `<category> <rule>` otherwise)."""
    if html == "kept":
        return "html keeps it too"
    if html == "?":
        return "html never hands it on"
    _, _, rule = html.partition(" ")
    if not rule.startswith("score:"):
        return "html rule or structure"
    cues = set(rule.removeprefix("score:").split("+"))
    lost = [cue for cue in LOSABLE if cue in cues or any(cue in part.split("*") for part in cues)]
    return "html score: " + ("+".join(lost) if lost else "words only")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("converted", type=Path, help="bench/convert_pages.py's output folder (e.g. /tmp/conv)")
    ap.add_argument("--list", action="store_true", help="list each family's misses too")
    args = ap.parse_args(argv)
    if not SHARED.exists():
        print(f"notice_lost_cues: {SHARED} is absent", file=sys.stderr)
        return 2
    from bench.notice_converted import score_converted
    from bench.notice_removal import Tally, load_labels, score_html

    labels = load_labels()
    body_keys: dict[tuple[str, str], set[str]] = defaultdict(set)
    html_verdicts: dict[tuple[str, str], dict[str, str]] = defaultdict(dict)
    score_html(labels, Tally(), None, body_keys, html_verdicts=html_verdicts)
    table = score_converted(args.converted, labels, body_keys, html_verdicts, "tune", None, True)
    counts: Counter[tuple[str, str]] = Counter()
    by_converter: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    sites: dict[tuple[str, str], set[str]] = defaultdict(set)
    listed: dict[tuple[str, str], list[str]] = defaultdict(list)
    for line in table.misses:
        match = _MISS_RE.match(line)
        if match is None:  # a body block lost ("LOST ..."): not a notice miss
            continue
        group, converter, site, _doc, category, _mine, html, text = match.groups()
        key = (group, family(html))
        counts[key] += 1
        by_converter[key][converter] += 1
        sites[key].add(site)
        listed[key].append(f"    {converter} {site} [{category}] {text[:120]}")
    print("| fold | family | misses | sites | by converter | the sites |\n|---|---|---|---|---|---|")
    for key in sorted(counts):
        converters = ", ".join(f"{name} {n}" for name, n in sorted(by_converter[key].items()))
        print(f"| {key[0]} | {key[1]} | {counts[key]} | {len(sites[key])} | {converters} | "
              f"{', '.join(sorted(sites[key]))} |")
        if args.list:
            print("\n".join(listed[key]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
