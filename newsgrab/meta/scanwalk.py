"""The page scan's walk over every element (meta/pagescan.py): the few that may carry metadata.

Kept apart from the scan's reading of those hits because it is the one loop over every element
of the page, tuned by instruction counts: each class and id string is looked up once in a
bounded memo of bit flags (a byline's or a date's name, a hint piece, a comment section's name),
and the tag is read only for the elements lxml's C walk finds by tag.
"""

from __future__ import annotations

import re

import lxml.html

from newsgrab.memo import Memo
from newsgrab.meta.classnames import HINT_PIECE_RE, MAX_REMEMBERED_NAMES, is_thread_name, name_test
from newsgrab.meta.lexicon import byline_words

#: class/id fragments that mark a byline or a dateline; the word for "author" in other languages only whole
AUTHOR_CLASS_WORDS = byline_words().class_pattern()  # ("fig-auteur", not "autoresize")
_BYLINE_TOKENS = ("byline", "author", "dateline", "writer", "contributor", AUTHOR_CLASS_WORDS)
#: class/id fragments of elements that show the publication date as text
_DATE_TOKENS = ("date", "publish", "posted", "timestamp")
_SIGNAL_CLASS_RE = re.compile("|".join(_BYLINE_TOKENS + _DATE_TOKENS), re.IGNORECASE)
_SIGNAL_TAGS = frozenset({"meta", "link", "title", "h1", "time"})
#: the tags `signals` reads an element's tag for: a hit by its tag, a <base>, a script (never a hit
#: by its class) and a link (a hit by its rel)
_WALK_TAGS = (*sorted(_SIGNAL_TAGS), "base", "script", "a")
#: the verdicts on a class or id string, as bit flags: a byline's or a date's name (`_SIGNAL_CLASS_RE`),
#: a hint piece (classes only), a comment section's name (`classnames.is_thread_name`)
SIGNAL, _HINT_PIECE, _THREAD = 1, 2, 4
_signal_test, _hint_piece_search = name_test(_SIGNAL_CLASS_RE), HINT_PIECE_RE.search
#: class string -> its verdicts, one lookup a class. A miss runs the tests themselves: most class
#: strings of a page are new to a memo, and filling one memo a question cost as much as the tests.
CLASS_FLAGS: Memo[str, int] = Memo(
    lambda cls: (SIGNAL if _signal_test(cls) else 0) | (_HINT_PIECE if _hint_piece_search(cls) else 0)
    | (_THREAD if is_thread_name(cls) else 0), MAX_REMEMBERED_NAMES)
#: id -> its verdicts (a signal, a comment section's name) as bit flags, one lookup an id
ID_FLAGS: Memo[str, int] = Memo(
    lambda ident: (SIGNAL if _signal_test(ident) else 0) | (_THREAD if is_thread_name(ident) else 0),
    MAX_REMEMBERED_NAMES)


def _marked_hit(el: lxml.html.HtmlElement, names: list[str], itemprop: bool, hits: list[lxml.html.HtmlElement],
                pool: list[lxml.html.HtmlElement] | None, marks: list[lxml.html.HtmlElement]) -> None:
    """A hit by its tag or markup (itemprop, datetime, a link's rel) goes to `hits`, to the `pool`
    with an itemprop or a hint piece in its class, and to `marks` when its class or id names a
    comment section (called for the few hits: `signals` stays inline)."""
    hits.append(el)
    cls = el.get("class") if "class" in names else None
    flags = CLASS_FLAGS[cls] if cls else 0
    if pool is not None and (itemprop or flags & _HINT_PIECE):
        pool.append(el)
    if flags & _THREAD or ("id" in names and (ident := el.get("id")) and ID_FLAGS[ident] & _THREAD):
        marks.append(el)


def signals(
    tree: lxml.html.HtmlElement,
    elements: list[lxml.html.HtmlElement],
    bases: list[lxml.html.HtmlElement],
    pool: list[lxml.html.HtmlElement] | None,
    marks: list[lxml.html.HtmlElement],
) -> list[lxml.html.HtmlElement]:
    """The elements of `elements` (all of `tree`'s) that may carry metadata, in document order. Every
    <base> goes to `bases`; with a `pool`, elements with an itemprop or a class holding a hint piece
    go there (pruning would otherwise walk large subtrees for them), scripts without an itemprop
    not (pruning runs after every script is gone). Elements whose class or id names a comment
    section go to `marks`, read by the same lookups (one more bit in each verdict; an element its
    class makes a metadata hit has its id unread, as before).

    This loop was a tenth of an extraction's instructions: lxml makes a new string for each `.tag`
    and `.get()`. lxml's C walk `tree.iter(*_WALK_TAGS)` finds the few elements whose tag matters,
    merged in by identity, so the others never read their tag; a lone attribute name (the usual
    class) is compared as a string instead of searched for in the list of names."""
    hits = []
    id_flags = ID_FLAGS
    class_flags = CLASS_FLAGS
    tagged = tree.iter(*_WALK_TAGS)
    next_tagged = next(tagged, None)
    for el in elements:
        names = el.keys()  # read once: a name test is cheaper than a `.get()` that finds nothing
        if el is next_tagged:
            next_tagged = next(tagged, None)
            tag = el.tag
            if tag == "base":
                bases.append(el)
            if not names:
                if tag in _SIGNAL_TAGS:
                    hits.append(el)
                continue
            itemprop = "itemprop" in names
            if tag in _SIGNAL_TAGS or itemprop or "datetime" in names or (
                    tag == "a" and "rel" in names and el.get("rel")):
                _marked_hit(el, names, itemprop, hits, pool, marks)
                continue
            if tag == "script":
                if "ld+json" in (el.get("type") or ""):
                    hits.append(el)
                continue
        elif not names:  # most elements without attributes: only their tag could have made them a hit
            continue
        elif len(names) == 1:
            name = names[0]
            if name == "class":
                cls = el.get("class")
                if cls and (flags := class_flags[cls]):
                    if flags & _HINT_PIECE and pool is not None:
                        pool.append(el)
                    if flags & SIGNAL:
                        hits.append(el)
                    if flags & _THREAD:
                        marks.append(el)
            elif name == "id":
                ident = el.get("id")
                if ident and (flags := id_flags[ident]):
                    if flags & SIGNAL:
                        hits.append(el)
                    if flags & _THREAD:
                        marks.append(el)
            elif name in ("itemprop", "datetime"):
                _marked_hit(el, names, name == "itemprop", hits, pool, marks)
            continue
        else:
            # one pass over the names: four list searches (itemprop, datetime, class, id) compared
            # every name again and again
            itemprop = marked = has_class = has_id = False
            for name in names:
                if name == "class":
                    has_class = True
                elif name == "id":
                    has_id = True
                elif name == "itemprop":
                    itemprop = marked = True
                elif name == "datetime":
                    marked = True
            if marked:
                _marked_hit(el, names, itemprop, hits, pool, marks)
                continue
            if has_class:
                cls = el.get("class")
                if cls:
                    flags = class_flags[cls]
                    if flags & _HINT_PIECE and pool is not None:
                        pool.append(el)
                    if flags & _THREAD:
                        marks.append(el)
                    if flags & SIGNAL:
                        hits.append(el)
                        continue
            if has_id:
                ident = el.get("id")
                if ident and (flags := id_flags[ident]):
                    if flags & SIGNAL:
                        hits.append(el)
                    if flags & _THREAD:
                        marks.append(el)
            continue
        # a tagged element with attributes: read as the several-attributes branch above reads its class
        # and id (written out twice on purpose: a shared function was x1.0027 instructions on ScrapingHub)
        if "class" in names:
            cls = el.get("class")
            if cls:
                flags = class_flags[cls]
                if flags & _HINT_PIECE and pool is not None:
                    pool.append(el)
                if flags & _THREAD:
                    marks.append(el)
                if flags & SIGNAL:
                    hits.append(el)
                    continue
        if "id" in names:
            ident = el.get("id")
            if ident and (flags := id_flags[ident]):
                if flags & SIGNAL:
                    hits.append(el)
                if flags & _THREAD:
                    marks.append(el)
    return hits
