"""The sweeps of the boilerplate pass: what goes with the notices the rules and the score found.

A notice rarely stands alone. A footer after the article holds the labels, headings, link lines and
separators that introduce or fence its notices; a related list the pass took most of goes as one; a
share bar above the article takes the weak lines around it. Each sweep reads the verdicts the pass
has so far (`Verdict`: the rule and category that took a block, or None) and widens them by shape
and position only, never by words, so what they add is always named `structure.notice-cluster`,
`structure.list` or the category of the notice a block sits with. Kept apart from boilerplate.py,
which decides the verdicts these sweeps extend.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsgrab.clean.shapes import HEADING_KINDS, is_label, is_weak
from newsgrab.model import Block

#: notices; a tail region is a footer only when it holds at least this many rule hits ...
FOOTER_MIN_NOTICES = 2
#: ... and at least this many times as many notices as unmatched prose blocks.
FOOTER_NOTICE_RATIO = 2

Verdict = tuple[str, str] | None


def footer_start(hits: Sequence[object], substantive: Sequence[bool], separators: Sequence[bool],
                  first_body: int) -> int | None:
    """Smallest index after the body start where a notice-dominated tail (a footer) begins."""
    notices = prose = 0
    best = None
    for i in range(len(hits) - 1, first_body, -1):
        if hits[i] is not None:
            notices += 1
        elif substantive[i]:
            prose += 1
        if (hits[i] is not None or separators[i]) and notices >= FOOTER_MIN_NOTICES and (
            notices >= FOOTER_NOTICE_RATIO * prose
        ):
            best = i
    return best


def sweep_footer(blocks: Sequence[Block], texts: Sequence[str], verdict: list[Verdict],
                  separators: Sequence[bool], substantive: Sequence[bool], last_body: int) -> None:
    """From the first notice after the body to the end, remove what is not article prose.

    Weak blocks (addresses, link lists, imperative lines) go anywhere in the footer; a bare label
    or heading goes when a removed notice follows it (it introduces that notice) or when it sits
    between removed notices. Substantive prose and media always stay.
    """
    start = next((i for i in range(last_body + 1, len(blocks)) if verdict[i] is not None), None)
    if start is None:
        return
    # a heading, label, prompt or separator right above the first notice belongs to it ("About This Story")
    while start - 1 > last_body and (
        separators[start - 1]
        or is_label(blocks[start - 1], texts[start - 1])
        or is_weak(blocks[start - 1], texts[start - 1])
    ):
        start -= 1
    # a separator after the last body paragraph that leads to notices opens the footer: labels
    # under it are footer too; short sentences stay (a closing section after a break is prose)
    fence = next((i for i in range(last_body + 1, start + 1) if separators[i]), None)
    region = range(fence if fence is not None else start, len(blocks))
    for i in region:
        if verdict[i] is not None or separators[i] or substantive[i] or blocks[i].kind == "media":
            continue
        if is_weak(blocks[i], texts[i]) or (fence is not None and is_label(blocks[i], texts[i])):
            verdict[i] = ("structure.notice-cluster", nearest_category(verdict, i))
    for i in reversed(region):
        if verdict[i] is not None or separators[i] or substantive[i]:
            continue
        following = next((j for j in range(i + 1, len(blocks)) if not separators[j]), None)
        introduces = following is None or verdict[following] is not None
        is_heading = blocks[i].kind in HEADING_KINDS
        if (is_heading and introduces) or (is_label(blocks[i], texts[i]) and introduces):
            verdict[i] = ("structure.notice-cluster", nearest_category(verdict, i))


def sweep_lists(blocks: Sequence[Block], verdict: list[Verdict], last_body: int) -> None:
    """After the body, a list goes as one: when the pass removed more than half the items of a run
    of list items (the headlines of other stories, linked in HTML, bare lines in text), the others
    go with them, whatever their words. A teaser that ends as a sentence ("Could a diver lost at
    sea steer by the tides alone?") or runs long reads as prose on its own, yet it is one of
    its neighbours' kind. A list the pass took half of or less stays (two footnotes, one of them a
    bare link; a list of sources with one teaser in it)."""
    i = last_body + 1
    while i < len(blocks):
        if blocks[i].kind != "li":
            i += 1
            continue
        end = i
        while end < len(blocks) and blocks[end].kind == "li":
            end += 1
        taken = [found[1] for found in verdict[i:end] if found is not None]
        if 2 * len(taken) > end - i:
            for k in range(i, end):
                if verdict[k] is None:
                    verdict[k] = ("structure.list", taken[0])
        i = end


def sweep_head(blocks: Sequence[Block], texts: Sequence[str], verdict: list[Verdict],
                separators: Sequence[bool], first_body: int) -> None:
    """Before the body, weak blocks up to the last head notice go (a share bar above the article)."""
    notices = [i for i in range(min(first_body, len(blocks))) if verdict[i] is not None]
    if not notices:
        return
    for i in range(notices[-1]):
        if verdict[i] is None and not separators[i] and is_weak(blocks[i], texts[i]):
            verdict[i] = ("structure.notice-cluster", nearest_category(verdict, i))


def nearest_category(verdict: Sequence[Verdict], i: int) -> str:
    """The category of the closest removed notice (the one a swept block belongs with)."""
    for distance in range(1, len(verdict)):
        for j in (i - distance, i + distance):
            if 0 <= j < len(verdict):
                found = verdict[j]
                if found is not None:
                    return found[1]
    return "navigation"


def fences_notices(separators: Sequence[bool], verdict: Sequence[Verdict]) -> list[bool]:
    """For each block, whether a separator there fences a notice: the next non-separator block is
    removed, or the separator sits at either end (no non-separator block before or after it).

    One pass each way: looking for the neighbours from each separator read a run of separators once
    per separator (a dump of 40,000 empty "#" lines took 26 s, now 0.8 s). The boilerplate pass removes
    the separators this names, which changes no non-separator's verdict, so it is asked once.
    """
    fences = [False] * len(verdict)
    after: int | None = None  # the nearest non-separator block after i
    for i in range(len(verdict) - 1, -1, -1):
        fences[i] = after is None or verdict[after] is not None
        if not separators[i]:
            after = i
    for i, separator in enumerate(separators):  # up to the first non-separator, none is before
        fences[i] = True
        if not separator:
            break
    return fences
