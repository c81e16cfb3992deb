"""The article's own structure, read by shape: what keeps the notice score off the body.

The notice score (score.py) reads one block at a time, and after the article's last paragraph a
short line without a sentence reads much as a notice does. One shape says "this is the article
going on", in any language, without reading its words; the boilerplate pass (boilerplate.py)
lets neither the score nor the footer sweep take what it marks (rules, which read words, and
the related-story shapes still apply):

- `enumerated_items`: three or more blocks that open with the numbers of a count, in order
  ("1. Wrap blouse, ... $167", "2. ...", "3. ...", whatever sits between them): a listicle's
  items, a recipe's steps, a ranked list. The article counts them through; a notice is not numbered in its text (a
  list of other stories is numbered by its markup, when at all), and an ordinal opening a lone
  line ("23. März 2017 | Quelle: ...", a date) is no run.

(Tried and reverted: a heading the score took over text the pass keeps stays, as the title of a
section of the article. It kept six body blocks of the tune half, a docs page's "Sharing with
multiple developers: code review", a meal plan's "Evening Snack Plan", a README's "License",
but cost a holdout advertisement: an ad label can sit over the paragraph it interrupts as a
subheading sits over its section, and nothing in the next block tells them apart.)
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsgrab.clean.shapes import HEADING_KINDS
from newsgrab.model import Block

#: items a count runs over at least for it to be the article's own list
MIN_ENUMERATED = 3
#: a block opening with a number of a count: "1.", "2)", "(3)", at most three digits, then text
_ORDINAL_RE = re.compile(r"^\s*\(?(\d{1,3})[.)]\s+\S")


def enumerated_items(blocks: Sequence[Block], texts: Sequence[str]) -> list[bool]:
    """Which blocks are items of a count the article runs through: `MIN_ENUMERATED` or more
    blocks whose openings number 1, 2, 3... (or k, k+1, k+2...) in page order; what sits between
    them (an item's description, its photo) does not break the count, another number does."""
    found = [False] * len(blocks)
    run: list[int] = []
    last = 0
    for i, block in enumerate(blocks):
        match = _ORDINAL_RE.match(texts[i]) if block.kind not in HEADING_KINDS else None
        if match is None:
            continue  # an item's description, a photo: the count goes on past them
        number = int(match.group(1))
        if run and number == last + 1:
            run.append(i)
        else:
            _mark(found, run)
            run = [i]
        last = number
    _mark(found, run)
    return found


def _mark(found: list[bool], run: Sequence[int]) -> None:
    if len(run) >= MIN_ENUMERATED:
        for i in run:
            found[i] = True

