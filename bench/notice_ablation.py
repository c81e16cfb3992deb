#!/usr/bin/env python3
"""The notice pass on the tune pages with the markup's words taken away: a forecast of unseen sites.

    .venv/bin/python bench/notice_ablation.py                   # per category: as written / ablated, tune half
    .venv/bin/python bench/notice_ablation.py --misses related  # the ablated run's misses of one category
    .venv/bin/python bench/notice_ablation.py --misses all      # ... of every category ('body': body lost)
    .venv/bin/python bench/notice_ablation.py --words-off       # both runs with no rule, word cue or hint

Why: on `bench/notice_removal.py` the pass removed 81% of the tune half's labelled notices and 60% of
the holdout's. Much of the gap is words the tune sites write in their markup (`class="related-posts"`,
`id="comments"`, `aria-label="Share"`, `data-ad-slot`): a site written differently has other words
there, or none. This bench makes the tune pages look like such a site without reading a holdout page:
every `class` and `id` value is rewritten to meaningless tokens (`k17`), one per distinct token, so
equal values stay equal (repeated siblings still share a signature, and a class both the CSS and the
page repeat is still repeated), and every `role`, `aria-*` and `data-*` attribute is dropped. Tag
names, links, media, text and order are untouched, so the labels' fingerprints still find their
blocks. The rules and the lexicon's word cues still read the text: only the markup goes blind.

The figure it prints (`ablated`) is what the pass removes when the markup says nothing; it is the one
to raise with shape mechanisms. Only the tune half is ever read here.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench.notice_removal import BODY, BODY_TOPICS, NOT_SCORED, documents, fingerprint, load_labels
from bench.shared_data import SHARED
from bench.splits import TUNE

#: a start tag, its attributes included (quoted values may hold ">")
_TAG = re.compile(r"""<[A-Za-z][\w:-]*(?:\s+[^\s=>/"']+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]*))?)*\s*/?>""")
#: one attribute of a start tag: name and optional value
_ATTR = re.compile(r"""(\s+)([^\s=>/"']+)(?:(\s*=\s*)("[^"]*"|'[^']*'|[^\s>]*))?""")
#: attributes whose value is dropped with them: words a site writes about its own furniture
_DROPPED = re.compile(r"(?:role|aria-[\w-]+|data-[\w.:-]*)$", re.IGNORECASE)
_RENAMED = frozenset({"class", "id"})


class Blinder:
    """Rewrites a page's markup words to meaningless tokens, the same token for the same word."""

    def __init__(self) -> None:
        self.tokens: dict[str, str] = {}

    def _token(self, word: str) -> str:
        return self.tokens.setdefault(word, f"k{len(self.tokens)}")

    def _attr(self, match: re.Match[str]) -> str:
        space, name, equals, value = match.groups()
        lower = name.lower()
        if _DROPPED.match(lower):
            return ""
        if lower not in _RENAMED or value is None:
            return match.group(0)
        quote = value[0] if value[:1] in ("'", '"') else ""
        inner = value[1:-1] if quote else value
        blind = " ".join(self._token(word) for word in inner.split())
        return f'{space}{name}{equals}"{blind}"'

    def _tag(self, match: re.Match[str]) -> str:
        tag = match.group(0)
        head = re.match(r"<[A-Za-z][\w:-]*", tag)
        assert head is not None
        return head.group(0) + _ATTR.sub(self._attr, tag[head.end():])

    def blind(self, raw: bytes) -> bytes:
        """The page with its class/id words tokenised and its role/aria/data attributes dropped.
        Bytes go through latin-1 both ways, so the page's own encoding is kept byte for byte."""
        text = raw.decode("latin-1")
        text = _TAG.sub(self._tag, text)
        return text.encode("latin-1")


def blind_page(raw: bytes) -> bytes:
    """`Blinder().blind(raw)`: a fresh token table per page, so no word leaks between pages."""
    return Blinder().blind(raw)


def verdicts(raw: bytes, kwargs: dict[str, str], words_off: bool) -> list[tuple[object, object]] | None:
    """(block, removal or None) of each block the pass received; `words_off`: the pass with no rule,
    no word cue and no hint (bench/notice_audit.py's `--shape-only`)."""
    import newsgrab
    from newsgrab.options import Options

    try:
        if not words_off:
            return list(newsgrab.extract(raw, **kwargs).timeline)  # type: ignore[arg-type]
        article = newsgrab.extract(raw, options=Options(keep=frozenset({"all"})), **kwargs)  # type: ignore[arg-type]
    except newsgrab.NewsgrabError:
        return None
    from bench.notice_audit import _run

    blocks = [block for block, _ in article.timeline]
    return list(zip(blocks, _run(blocks, article, True)[0], strict=True))


def scored_blocks(timeline: list[tuple[object, object]], page_labels: dict[str, str],
                  seen: set[str]) -> Iterator[tuple[Any, Any, str, str, str]]:
    """(block, removal, text, fingerprint, label) of each block with text in `timeline`, the label
    `BODY` where the block has none; every fingerprint goes into `seen` (for `unreached_notices`)."""
    for block, removal in timeline:
        text = block.text  # type: ignore[attr-defined]
        if not text:
            continue
        key = fingerprint(text)
        seen.add(key)
        yield block, removal, text, key, page_labels.get(key, BODY)


def unreached_notices(page_labels: dict[str, str], seen: set[str]) -> list[str]:
    """The categories of the page's labelled notices the HTML stage did not hand on (not in `seen`):
    dropped with the page's chrome, so counted as removed."""
    return [category for key, category in page_labels.items()
            if key not in seen and category not in (NOT_SCORED, *BODY_TOPICS)]


def run(ablate: bool, misses: str | None, words_off: bool = False,
        body_keys: dict[str, set[str]] | None = None,
        rule: str | None = None) -> tuple[dict[str, Counter[str]], list[str], dict[str, set[str]]]:
    """Per category: notices seen / removed (and body blocks seen / kept) on the tune half.

    `body_keys` (page -> fingerprints of its body blocks in the run on the pages as written): when
    given, an unlabelled block counts as body only if it is one of them. Blind markup makes the HTML
    stage hand on blocks it dropped by their class (menus, footers), which nobody labelled: they are
    counted apart (`unlabelled`), not as body lost."""
    labels = load_labels()
    tally: dict[str, Counter[str]] = defaultdict(Counter)
    listed: list[str] = []
    found_body: dict[str, set[str]] = defaultdict(set)
    for dataset, doc, half, raw, kwargs in documents():
        if half != TUNE:
            continue
        page = f"{dataset}/{doc}"
        page_labels = labels.get((dataset, doc), {})
        timeline = verdicts(blind_page(raw) if ablate else raw, kwargs, words_off)
        if timeline is None:
            continue
        seen: set[str] = set()
        for block, removal, text, key, category in scored_blocks(timeline, page_labels, seen):
            if rule and removal is not None and removal.rule.startswith(rule):  # type: ignore[attr-defined]
                listed.append(f"FIRES {page[:48]} [{category}] {removal.rule} {text[:100]!r}")  # type: ignore[attr-defined]
            if category == NOT_SCORED:
                continue
            if category == BODY or category in BODY_TOPICS:
                if body_keys is not None and key not in body_keys.get(page, set()):
                    tally["unlabelled"]["n"] += 1
                    tally["unlabelled"]["ok"] += removal is None
                    continue
                found_body[page].add(key)
                tally[BODY]["n"] += 1
                tally[BODY]["ok"] += removal is None
                if removal is not None and misses in (BODY, "all"):
                    listed.append(f"LOST {page[:48]} [{removal.rule}] {text[:120]!r}")  # type: ignore[attr-defined]
                continue
            tally[category]["n"] += 1
            tally[category]["ok"] += removal is not None
            if removal is None and misses in (category, "all"):
                listed.append(f"MISS {page[:48]} [{category}] {block.kind} "  # type: ignore[attr-defined]
                              f"links={len(block.links)} {text[:120]!r}")  # type: ignore[attr-defined]
        for category in unreached_notices(page_labels, seen):
            tally[category]["n"] += 1
            tally[category]["ok"] += 1
    return tally, listed, found_body


def cell(counter: Counter[str]) -> str:
    n = counter["n"]
    return f"{counter['ok']}/{n} ({100 * counter['ok'] / n:.1f}%)" if n else "-"


def summed(counters: Iterator[Counter[str]]) -> Counter[str]:
    """The tallies of several categories as one (every notice category's, for the notices line)."""
    total = Counter[str]()
    for counter in counters:
        total.update(counter)
    return total


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--misses", metavar="CATEGORY", help="list the ablated run's misses of a category ('all', 'body')")
    ap.add_argument("--words-off", action="store_true",
                    help="both runs with no rule, no word cue and no hint: shape and position alone")
    ap.add_argument("--rule", metavar="PREFIX",
                    help="list every block a rule of this id prefix removed, with its label")
    args = ap.parse_args(argv)
    if not SHARED.exists():
        print(f"notice_ablation: {SHARED} is absent", file=sys.stderr)
        return 2
    written, fired, body_keys = run(False, None, args.words_off, rule=args.rule)
    ablated, listed, _ = run(True, args.misses, args.words_off, body_keys, args.rule)
    listed = [f"written {line}" for line in fired] + listed
    print("| category (tune half) | as written | ablated markup |\n|---|---|---|")
    categories = sorted(c for c in ablated if c not in (BODY, "unlabelled"))
    for category in categories:
        print(f"| {category} | {cell(written[category])} | {cell(ablated[category])} |")
    for name, table in (("as written", written), ("ablated", ablated)):
        notices = summed(table[category] for category in categories)
        print(f"{name}: notices removed {cell(notices)}, body blocks kept {cell(table[BODY])}")
    print(f"ablated: blocks handed on only with blind markup (unlabelled), kept {cell(ablated['unlabelled'])}")
    for line in listed:
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
