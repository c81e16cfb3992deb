"""Where a block came from: element paths as libxml2's `getpath` writes them, for `--explain`."""

from __future__ import annotations

from collections import Counter

import lxml.html


class ElementPaths:
    """Paths of elements as libxml2's `getpath` writes them (`/html/body/div[2]/p`), each parent's
    children numbered once.

    `getpath` counts an element's same-tag siblings on every call, so asking it for each of n
    sibling paragraphs costs n^2 steps; here the first question about a child of a parent numbers
    all its element children in one pass and remembers their paths, so the work is linear in the
    elements asked about and their siblings.
    """

    __slots__ = ("_known",)

    def __init__(self) -> None:
        self._known: dict[lxml.html.HtmlElement, str] = {}

    def path(self, el: lxml.html.HtmlElement) -> str:
        """The path of `el` from the root of its tree."""
        known = self._known.get(el)
        if known is not None:
            return known
        # climb to the nearest ancestor whose path is known (or the root), then number downwards
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
            self._number_children(parent)
            parent = child
        return self._known[el]

    def _number_children(self, parent: lxml.html.HtmlElement) -> None:
        """Remember the paths of `parent`'s element children: `tag[n]` when siblings share the tag."""
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
