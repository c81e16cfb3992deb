"""Where a block came from: element paths as libxml2's `getpath` writes them, for `--explain`."""

from __future__ import annotations

from collections import Counter

import lxml.html

#: children from which a parent's element children are numbered all at once (a run of sibling
#: paragraphs); under it a child's step is found by scanning its few siblings. Scanning costs a
#: proxy per sibling for each child asked about, so it pays only for very few children: at 8 the
#: paths of the bench pages' blocks cost 0.23 ms a page on Readability's, against 0.32 at 32 and
#: 0.48 numbering every parent's children (most of a parent's children are blocks, all asked about)
NUMBER_ALL_FROM = 8


class ElementPaths:
    """Paths of elements as libxml2's `getpath` writes them (`/html/body/div[2]/p`), built from
    remembered parent paths.

    `getpath` counts an element's same-tag siblings, and its ancestors', on every call, so asking
    it for each of n sibling paragraphs costs n^2 steps. Here a path is its parent's (remembered)
    plus one step: a parent with many children numbers them all once, a parent with few is
    scanned, so the work per element is bounded.
    """

    __slots__ = ("_known",)

    def __init__(self) -> None:
        self._known: dict[lxml.html.HtmlElement, str] = {}

    def path(self, el: lxml.html.HtmlElement) -> str:
        """The path of `el` from the root of its tree."""
        known = self._known.get(el)
        if known is not None:
            return known
        # the ancestors without a known path, nearest first (the climb stops at a known one)
        chain = [el]
        parent = el.getparent()
        while parent is not None and parent not in self._known:
            chain.append(parent)
            parent = parent.getparent()
        if parent is None:
            root = chain.pop()
            self._known[root] = f"/{root.tag!s}"
            parent = root
        for child in reversed(chain):
            if child not in self._known:
                if len(parent) >= NUMBER_ALL_FROM:
                    self._number_children(parent)
                else:
                    self._known[child] = f"{self._known[parent]}/{_step(parent, child)}"
            parent = child
        return self._known[el]

    def _number_children(self, parent: lxml.html.HtmlElement) -> None:
        """Remember the paths of all of `parent`'s element children."""
        base = self._known[parent]
        children = [(child, child.tag) for child in parent if isinstance(child.tag, str)]
        totals = Counter(tag for _, tag in children)
        seen: Counter[str] = Counter()
        for child, tag in children:
            if totals[tag] == 1:
                self._known[child] = f"{base}/{tag}"
            else:
                seen[tag] += 1
                self._known[child] = f"{base}/{tag}[{seen[tag]}]"


def _step(parent: lxml.html.HtmlElement, child: lxml.html.HtmlElement) -> str:
    """`tag`, or `tag[n]` when siblings share the tag (n counts them, from 1)."""
    tag = child.tag
    before = total = 0
    for sibling in parent:
        if sibling.tag == tag:
            total += 1
            if sibling is child:
                before = total
    return f"{tag!s}[{before}]" if total > 1 else str(tag)
