"""The article's elements after its headline, up to the body: where a byline sits that the article
header (`headerzone`) does not reach.

`headerzone` reads a few containers around the headline and a few hundred characters: enough for
most templates, and safe, since anything there belongs to the story. Some templates put the byline
further away: a meta bar four containers away from the <h1> ("<span>Dec 13, 2016</span> / <span>By
Jane Doe</span>" beside share buttons), or a line under a lead picture and a long standfirst.
`stretch` walks on from the headline in document order inside the <article> or <main> that holds it
(else the page), past page chrome (an <aside>, a <nav>, a related-stories box); the reader stops where
the body starts (`BODY_PIECE_CHARS`). `is_dated` is the cue that makes such a far line a byline: a
byline is a short line of names by the date.

Two exceptions, both markup: a <footer> or <nav> right beside the headline (a sibling of it or of its
container, `pagescan.POST_META_TAGS`) is the story's own post meta ("<header><h1/></header><footer
class=meta>By ...</footer>"), read as the page scan reads it for class-named bylines; and a
<figcaption> is passed over unread, since a long caption under the lead picture is no body text (its
credits are a photographer's, never read as a byline).
"""

from __future__ import annotations

from collections.abc import Callable

import lxml.html

from newsgrab.meta.dates import has_date
from newsgrab.meta.elementtext import short_spaced_text
from newsgrab.meta.pagescan import is_chrome, is_post_meta

#: characters; a text piece this long after the headline is the body: no byline is looked for past it
BODY_PIECE_CHARS = 250
#: characters of own text walked past after the headline before a reader gives up (a gallery)
STRETCH_READ_CHARS = 1500
#: characters; the element around a byline that holds its date is at most this long (a meta bar)
MAX_DATED_BAR_CHARS = 200
#: levels above a byline's element that may hold its date ("<div><span>May 3</span> / <span><b>By</b>")
DATED_BAR_LEVELS = 2
#: containers whose end ends the walk
_ARTICLE_BOUNDS = frozenset({"article", "main", "body", "html"})
#: elements whose text is no part of the story's header
_NOT_ARTICLE_TAGS = frozenset({"script", "style", "noscript", "template", "aside", "nav", "footer", "form"})


#: one element of `stretch`: the element, its own text stripped, and which walks hold it (bits by predicate)
Step = tuple[lxml.html.HtmlElement, str, int]


def stretch(headline: lxml.html.HtmlElement, *is_lines: Callable[[lxml.html.HtmlElement], bool]) -> list[Step]:
    """The elements after `headline` in document order, up to the end of the <article> or <main> that
    holds it (else of the page), without page chrome and what it holds, walked for each of `is_lines`
    at once: an element named like chrome that a walk's `is_line` accepts is read all the same in that
    walk (a byline's own element classed "social-comments" is the line, not a box of other stories).
    Each walk stops where its reader stops: at a text piece of BODY_PIECE_CHARS, or past
    STRETCH_READ_CHARS of own text. Bit i of a step's mask says that walk i holds the element. The
    walks differ only in the chrome they step into, so one pass does the work of all: the dated
    labelled line and the Person items (`authors`, `personitem`) read the same stretch, walked once.
    Iterative: a page nested thousands deep is walked without recursion."""
    steps: list[Step] = []
    live = (1 << len(is_lines)) - 1
    reads = [0] * len(is_lines)
    node = headline
    level = 0
    while node.tag not in _ARTICLE_BOUNDS:
        for sibling in node.itersiblings():
            # the story's own post meta beside the headline (a <footer> or <nav>): read as any container
            post_meta = sibling if isinstance(sibling.tag, str) and is_post_meta(sibling.tag, level) else None
            stack = [sibling]
            masks = [live]  # the walks the element's ancestors up to `sibling` let in
            while stack:
                el = stack.pop()
                mask = masks.pop() & live
                tag = el.tag
                if not mask or not isinstance(tag, str) or (tag in _NOT_ARTICLE_TAGS and el is not post_meta):
                    continue
                if tag == "figcaption":
                    continue  # a picture's caption, however long, is not the body: the walk goes on past it
                if is_chrome(el):
                    mask = sum(1 << i for i, is_line in enumerate(is_lines) if mask >> i & 1 and is_line(el))
                    if not mask:
                        continue
                text = el.text  # read once: each read of an lxml element's text builds a new string
                own = text.strip() if text else ""
                for i, read in enumerate(reads):
                    if mask >> i & 1:
                        if len(own) >= BODY_PIECE_CHARS or read > STRETCH_READ_CHARS:
                            live &= ~(1 << i)
                            mask &= ~(1 << i)
                        else:
                            reads[i] = read + len(own)
                if not live:
                    return steps
                if mask:
                    steps.append((el, own, mask))
                children = el[::-1]  # a list of the children, reversed: reversed(el) builds a slower iterator
                stack += children
                masks += [mask] * len(children)
        parent = node.getparent()
        if parent is None:
            return steps
        node = parent
        level += 1
    return steps


def is_dated(el: lxml.html.HtmlElement) -> bool:
    """Whether a date or time stands in `el` or in a short element around it (DATED_BAR_LEVELS up)."""
    node: lxml.html.HtmlElement | None = el
    for _level in range(DATED_BAR_LEVELS + 1):
        text = short_spaced_text(node, MAX_DATED_BAR_CHARS) if node is not None else ""
        if not text:
            return False
        if has_date(text):
            return True
        node = node.getparent() if node is not None else None
    return False

