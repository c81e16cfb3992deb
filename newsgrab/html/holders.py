"""Which elements hold a descendant of some kind, answered for a whole region at once.

"Does this element's subtree hold a form control / a payment logo?" is asked of every block
element the serialiser emits (`blocks.BlockBuilder._hints_of`). Walking each one's subtree costs
the subtree per level of nesting (div soup nests containers a dozen deep, each walked again);
climbing once from each of the few elements found instead gathers every element that holds one,
so the question becomes a set lookup. The kinds looked for (form controls, payment logos) live
here too, beside the one walk that finds them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

import lxml.html

#: elements that make a block a control rather than prose (`Block.hints`: "control")
CONTROL_TAGS = ("button", "input", "select", "textarea")
#: images of payment services and their buttons (`Block.hints`: "payment-logo")
_PAYMENT_RE = re.compile(r"paypal|visa|mastercard|bitcoin|patreon|ko-?fi|liberapay|venmo|cashapp|donat|spende|twint",
                         re.IGNORECASE)


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


def control_holders(scope: Sequence[lxml.html.HtmlElement]) -> set[lxml.html.HtmlElement]:
    """The elements under `scope` (the subtrees walked) that hold a form control."""
    return holders(c for root in scope for c in root.iter(*CONTROL_TAGS))


def payment_holders(scope: Sequence[lxml.html.HtmlElement]) -> set[lxml.html.HtmlElement]:
    """The elements under `scope` that hold the image of a payment service or its button."""
    return holders(i for root in scope for i in root.iter("img") if _is_payment_logo(i))


def _is_payment_logo(img: lxml.html.HtmlElement) -> bool:
    """An image of a payment service or its button (`_PAYMENT_RE` on its src and alt)."""
    return _PAYMENT_RE.search(f"{img.get('src', '')} {img.get('alt', '')}") is not None
