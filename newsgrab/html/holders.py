"""Which elements hold a descendant of some kind, answered for a whole region at once.

"Does this element's subtree hold a form control / a payment logo?" is asked of every block
element the serialiser emits (`blocks.BlockBuilder._hints_of`). Walking each one's subtree costs
the subtree per level of nesting (div soup nests containers a dozen deep, each walked again);
climbing once from each of the few elements found instead gathers every element that holds one,
so the question becomes a set lookup.
"""

from __future__ import annotations

from collections.abc import Iterable

import lxml.html


def holders(found: Iterable[lxml.html.HtmlElement]) -> set[lxml.html.HtmlElement]:
    """Every element of `found` and every ancestor of one: the elements whose subtree (themselves
    included) holds one. A climb stops at an ancestor already gathered, whose own ancestors came
    with it, so each element is added once however many are found below it."""
    gathered: set[lxml.html.HtmlElement] = set()
    for el in found:
        node: lxml.html.HtmlElement | None = el
        while node is not None and node not in gathered:
            gathered.add(node)
            node = node.getparent()
    return gathered
