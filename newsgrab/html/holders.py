"""What the markup around a block says of it (`Block.hints`), answered for a whole region at once.

"Does this element's subtree hold a payment logo?" is asked of every block element the serialiser
emits (`BlockHints.of`). Walking each one's subtree costs the subtree per level of nesting (div soup
nests containers a dozen deep, each walked again); climbing once from each of the few logos found
instead gathers every element that holds one, so the question becomes a set lookup. The logos
looked for live here too, beside the one walk that finds them. What sits above a block (a control
ancestor, a furniture class) is read once a parent, which the blocks of a list or of an article share.

No subtree is searched for a form control: the blocks are made of a tree `structural.drop_junk` has
been through, which removes every `<button>`, `<input>`, `<select>` and `<textarea>` (`JUNK_TAGS`)
and marks where a worded one was (`CONTROL_MARK`, read by html/prompts.py), so such a search never
found one (stop 56: removed, no output moved).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Final

import lxml.html

from newsgrab.html.selectors import attr_key, selectors
from newsgrab.meta.classnames import name_test

#: ancestors that make a block a control rather than prose (`Block.hints`: "control")
_CONTROL_ANCESTORS: Final = frozenset({"button", "form", "label"})
#: ancestors looked at for a control or a furniture class (the block's element and a few above it)
HINT_ANCESTORS = 2
#: images of payment services and their buttons (`Block.hints`: "payment-logo")
_PAYMENT_RE = re.compile(r"paypal|visa|mastercard|bitcoin|patreon|ko-?fi|liberapay|venmo|cashapp|donat|spende|twint",
                         re.IGNORECASE)
#: `_PAYMENT_RE` as a test: an ASCII src and alt (nearly every one) is lower-cased and searched
#: without IGNORECASE, the same answer at a sixth of the time (IGNORECASE makes the regex engine
#: fold each character it tries; an inline data: image is tens of thousands of them)
_holds_payment_word = name_test(_PAYMENT_RE)


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


def payment_holders(scope: Sequence[lxml.html.HtmlElement]) -> set[lxml.html.HtmlElement]:
    """The elements under `scope` that hold the image of a payment service or its button."""
    return holders(i for root in scope for i in root.iter("img") if _is_payment_logo(i))


def _is_payment_logo(img: lxml.html.HtmlElement) -> bool:
    """An image of a payment service or its button (`_PAYMENT_RE` on its src and alt)."""
    return _holds_payment_word(f"{img.get('src', '')} {img.get('alt', '')}")


class BlockHints:
    """The hints of the block elements of one region (`Block.hints`), each asked once: a control
    around the block (a form, label or button: the controls inside were removed, see the module's
    note), a payment logo in it, a furniture class on it or just above it, the
    comment thread it belongs to (`families`, found by html/threads.py)."""

    __slots__ = ("_above_of", "_families", "_furniture_of", "_hints", "_holds_payment", "_scope")

    def __init__(self, scope: Sequence[lxml.html.HtmlElement],
                 families: Mapping[lxml.html.HtmlElement, str] | None = None) -> None:
        #: the subtrees the serialiser walks (the region's elements)
        self._scope = scope
        #: the elements of comment threads and their hints (html/threads.py)
        self._families = families or {}
        #: the hints of each block element met (several blocks may share one, in div soup)
        self._hints: dict[lxml.html.HtmlElement, tuple[str, ...]] = {}
        #: the verdict above each parent of a block (see `_above`)
        self._above_of: dict[lxml.html.HtmlElement, tuple[bool, bool]] = {}
        #: the furniture-class verdict of each element looked at (see `_furniture`)
        self._furniture_of: dict[lxml.html.HtmlElement, bool] = {}
        #: elements of `scope` holding a payment logo (`_payments`, on first use)
        self._holds_payment: set[lxml.html.HtmlElement] | None = None

    def of(self, el: lxml.html.HtmlElement) -> tuple[str, ...]:
        """The hints of the block that `el` (an element of the scope) gave."""
        found = self._hints.get(el)
        if found is None:
            payments = self._payments()
            parent = el.getparent()
            above_control, above_furniture = self._above(parent) if parent is not None else (False, False)
            control = above_control or el.tag in _CONTROL_ANCESTORS
            furniture = above_furniture or self._furniture(el)
            family = self._families.get(el)
            found = self._hints[el] = ((("control",) if control else ()) + (("payment-logo",) if el in payments else ())
                                       + (("furniture-class",) if furniture else ()) + ((family,) if family else ()))
        return found

    def _above(self, parent: lxml.html.HtmlElement) -> tuple[bool, bool]:
        """Whether `parent` or one of the HINT_ANCESTORS - 1 elements above it is a control ancestor
        (`_CONTROL_ANCESTORS`) and whether one has a furniture class: the part of a block's hints
        read above it, asked once a parent (the items of a list, the paragraphs of an article
        share theirs; each block climbing on its own read the same ancestors again and again)."""
        found = self._above_of.get(parent)
        if found is None:
            control = furniture = False
            node: lxml.html.HtmlElement | None = parent
            for _ in range(HINT_ANCESTORS):
                if node is None:
                    break
                control = control or node.tag in _CONTROL_ANCESTORS
                furniture = furniture or self._furniture(node)
                node = node.getparent()
            found = self._above_of[parent] = (control, furniture)
        return found

    def _payments(self) -> set[lxml.html.HtmlElement]:
        """The elements that hold a payment logo, gathered once over the subtrees walked: every
        block element asked about is in them."""
        if self._holds_payment is None:
            self._holds_payment = payment_holders(self._scope)
        return self._holds_payment

    def _furniture(self, el: lxml.html.HtmlElement) -> bool:
        """Whether `el`'s class/id weighs negative, asked once an element (a grandparent is shared
        by the blocks of several parents)."""
        found = self._furniture_of.get(el)
        if found is None:
            key = attr_key(el)
            found = self._furniture_of[el] = bool(key) and selectors().weights[key] < 0
        return found
