"""Page furniture found by its shape alone: a breadcrumb trail, the publisher's own address, a
label left behind by its box.

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

- `gives_own_address`: a short block that gives an e-mail address at the page's own site ("Got a
  tip about the port? Write to the reporter at jane@harbourpost.example.", "Questions for the
  desk: desk@<site>") is the publisher's contact line, amid the article or under it, in
  any language: the site's own domain is the publisher speaking of itself, whatever the words
  around it. Article text that quotes an address names someone else's domain (a scam's sender, a
  company's press office); an address in the page's head is a byline's, left to the metadata.

- `is_orphan_label`: a short label ending in a colon that closes the page, nothing after it ("More
  about:", "Lesen Sie mehr:", "関連記事："): what it announced, a box of links or tags, was taken
  out of the page as chrome before the pass, and the label, set outside that box, was left. A
  label that introduces what the article goes on with ("See more photos:" over a gallery, "Here is
  the statement:" over a quote) has something after it, if only the media block; a closing
  sentence ends as one.

(A bare credit line, "Jane Roe/Harbour Post", was tried here too and left out: on the tune pages it
took three credits, on the holdout pages one body block.)
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsgrab.model import Block
from newsgrab.sentences import count_sentence_ends, ends_sentence

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
#: the removals this module makes: (rule, category)
BREADCRUMB = ("structure.breadcrumb", "navigation")
OWN_ADDRESS = ("structure.own-address", "contact")
#: a label closing the page whose box went before the pass: on the tune pages each was a box of links
#: to more reading ("More about:", "Related:"), so it is counted with them
ORPHAN_LABEL = ("structure.orphan-label", "related")
#: characters an orphan label has at most (a box's label, not a line of the article)
MAX_LABEL_CHARS = 40
#: what ends a label: a colon, ASCII or full-width
_LABEL_ENDS = (":", "\uff1a")
#: characters a block giving the site's own address has at most (a contact line or box, not prose
#: that happens to end on one)
MAX_ADDRESS_BLOCK_CHARS = 400
#: an e-mail address: its domain (lower-cased before it is compared)
_EMAIL_RE = re.compile(r"[\w.+-]@([\w-]+(?:\.[\w-]+)+)")

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
    if (len(text) > MIN_CRUMBS * MAX_CRUMB_CHARS or not any(map(text.__contains__, _MARKS))
            or _NOT_A_TRAIL_RE.search(text)):
        return False
    crumbs = _CRUMB_MARK_RE.split(text)
    if len(crumbs) < MIN_CRUMBS or any(not crumb or len(crumb) > MAX_CRUMB_CHARS or ends_sentence(crumb)
                                       for crumb in crumbs):
        return False
    return block.link_density >= BREADCRUMB_LINK_SHARE or not block.links


def gives_own_address(text: str, site: str) -> bool:
    """Whether the block gives an e-mail address at `site` (the page's host without "www.", or a
    host under it) and is short enough to be a contact line (`MAX_ADDRESS_BLOCK_CHARS`)."""
    if not site or "@" not in text or len(text) > MAX_ADDRESS_BLOCK_CHARS:
        return False
    for found in _EMAIL_RE.finditer(text):
        domain = found.group(1).lower()
        if domain == site or domain.endswith("." + site):
            return True
    return False


def is_orphan_label(block: Block, text: str) -> bool:
    """Whether the block is a label (short, ending in a colon, no sentence before it) with no link
    nor a played medium of its own ("Watch: <the video's address>" labels the video it holds; "Follow
    us:" with its network's icons is still a label whose box went): `furniture_blocks` asks only of the
    page's last block, after the article's first paragraph (see the module docstring)."""
    label = text.rstrip()
    return (block.kind != "media" and not block.links and not any(m.kind != "image" for m in block.media)
            and len(label) <= MAX_LABEL_CHARS
            and label.endswith(_LABEL_ENDS) and not count_sentence_ends(label))


def furniture_blocks(blocks: Sequence[Block], texts: Sequence[str], first_body: int,
                     site: str = "") -> dict[int, tuple[str, str]]:
    """The blocks that are breadcrumbs, each with its (rule, category): trail-shaped blocks among the
    first `TRAIL_HEAD_BLOCKS`, above the article's first paragraph, on a page with `MAX_TRAILS` of
    them at most; and from the article's first paragraph on, the blocks that give an address at the
    page's own site (`site`: its host without "www.", `related.site_of`; "" when the page has none),
    and the page's last block when it is a label whose box is gone (`is_orphan_label`)."""
    found: dict[int, tuple[str, str]] = {}
    trails: list[int] = []
    for i, block in enumerate(blocks):
        if texts[i] and is_breadcrumb(block, texts[i]):
            trails.append(i)
    # a page has one trail, over the article (some repeat it under): more are the article's own list of paths
    if 0 < len(trails) <= MAX_TRAILS:
        found.update((i, BREADCRUMB) for i in trails if i < min(first_body, TRAIL_HEAD_BLOCKS))
    if site:
        found.update((i, OWN_ADDRESS) for i in range(first_body, len(blocks)) if gives_own_address(texts[i], site))
    last = len(blocks) - 1
    if last > first_body and is_orphan_label(blocks[last], texts[last]):
        found[last] = ORPHAN_LABEL
    return found
