"""Page furniture found by its shape alone: a breadcrumb trail.

A reader tells it from the article at a glance, in any language, without reading its words, and
the notice score (score.py), which reads words, sees little in it: no call, no topic word, no sentence.
So it is read here by shape, and the boilerplate pass (boilerplate.py) removes it where no rule or
score did:

- `is_breadcrumb`: a trail of three or more short crumbs joined by a pointing mark (">", "›", "»",
  "＞"), the site's sections down to this page ("Home > Events > Forum 2019 > Kansai"), above the
  article's first paragraph, most of it links (the last crumb, this page, often is not one) or, in
  text, none. Article text that uses the mark does not come so: a how-to's path through a menu
  ("Open Settings > Privacy > Camera") sits amid the article, a comparison in a sentence ("costs >
  $5m"), shell code doubles it ("echo x >> file"), a Korean title brackets itself ("<숨바꼭질>"),
  and a crumb is never a sentence. A page has one trail (two when it repeats it under the
  article): a page with more lists paths as its content.

(A bare credit line, "Jane Roe/Harbour Post", was tried here too and left out: on the tune pages it
took three credits, on the holdout pages one body block.)
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsgrab.model import Block
from newsgrab.sentences import ends_sentence

#: crumbs a breadcrumb trail has at least (the home page, a section, this page)
MIN_CRUMBS = 3
#: characters a crumb has at most (a section's name or a page's title, not a paragraph)
MAX_CRUMB_CHARS = 60
#: share of link text from which a trail in HTML is a breadcrumb (its crumbs link the site's sections)
BREADCRUMB_LINK_SHARE = 0.4
#: trail-shaped blocks a page holds at most for them to be its breadcrumbs (over the article, maybe
#: repeated under it); a page with more lists paths as its content (a how-to's menus, a site map)
MAX_TRAILS = 2
#: blocks from the top of the page among which a breadcrumb sits (it opens the page, above the
#: headline; the HTML stage often hands the headline's block on apart)
TRAIL_HEAD_BLOCKS = 3
#: the removal this module makes: (rule, category)
BREADCRUMB = ("structure.breadcrumb", "navigation")

#: the mark between crumbs: an ASCII one spaced on both sides (code writes "a>b"), a full-width one
#: as it comes
_CRUMB_MARK_RE = re.compile(r"\s+[>›»]\s+|\s*＞\s*")
#: the marks, for a cheap test before the expressions
_MARKS = (">", "›", "»", "＞")
#: what no breadcrumb holds: a doubled mark (a shell's ">>", a quote's "»»"), an opening "<"
_NOT_A_TRAIL_RE = re.compile(r">>|››|»»|<")


def is_breadcrumb(block: Block, text: str) -> bool:
    """Whether the block is a breadcrumb trail (see the module docstring): most of it links, or none
    of it (text input). `furniture_blocks` asks only above the article's first paragraph: amid the
    article the same shape is a how-to's path through a menu ("Open Settings > Privacy > Camera")."""
    if (len(text) > MIN_CRUMBS * MAX_CRUMB_CHARS or not any(mark in text for mark in _MARKS)
            or _NOT_A_TRAIL_RE.search(text)):
        return False
    crumbs = _CRUMB_MARK_RE.split(text)
    if len(crumbs) < MIN_CRUMBS or any(not crumb or len(crumb) > MAX_CRUMB_CHARS or ends_sentence(crumb)
                                       for crumb in crumbs):
        return False
    return block.link_density >= BREADCRUMB_LINK_SHARE or not block.links


def furniture_blocks(blocks: Sequence[Block], texts: Sequence[str], first_body: int) -> dict[int, tuple[str, str]]:
    """The blocks that are breadcrumbs, each with its (rule, category): trail-shaped blocks among the
    first `TRAIL_HEAD_BLOCKS`, above the article's first paragraph, on a page with `MAX_TRAILS` of
    them at most."""
    found: dict[int, tuple[str, str]] = {}
    trails: list[int] = []
    for i, block in enumerate(blocks):
        if texts[i] and is_breadcrumb(block, texts[i]):
            trails.append(i)
    # a page has one trail, over the article (some repeat it under): more are the article's own list of paths
    if 0 < len(trails) <= MAX_TRAILS:
        found.update((i, BREADCRUMB) for i in trails if i < min(first_body, TRAIL_HEAD_BLOCKS))
    return found
