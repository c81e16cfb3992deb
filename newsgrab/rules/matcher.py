"""Fast first-match over hundreds of rules: a combined prefilter per length bucket, compiled once.

Running every rule's regex on every block is what makes a rule set slow, and most blocks are
article paragraphs that no rule matches. So the rules are indexed once per rule set:

- by `max_chars`: a block longer than a rule's cap never meets that rule, so each distinct cap
  opens a bucket holding only the rules whose cap admits blocks of that length (a 600-character
  paragraph meets a handful of rules, not hundreds);
- within a bucket, one combined regex per kind: the anchored rules (`^...`) joined into a single
  `^(?:a|b|...)` alternation tried once at position 0, and the unanchored rules joined into one
  searched alternation. Named groups are made anonymous there; the combined regex only answers
  "could any rule fire?", a strict superset of the truth.

Only when the prefilter says yes are the bucket's rules tried one by one, in file order, so the
first rule that fires still wins, exactly as a plain loop would decide.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newsgrab.rules import Rule

_NAMED_GROUP_RE = re.compile(r"\(\?P<\w+>")
#: constructs a combined alternation cannot hold safely: backreferences and inline flag groups
_UNSAFE_RE = re.compile(r"\(\?P=|\\\d|\(\?[aiLmsux]+\)")


def _top_level_branch(pattern: str) -> bool:
    """True when `pattern` has a `|` outside every group and character class."""
    depth, in_class, escaped = 0, False, False
    for char in pattern:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            return True
    return False


class _Bucket:
    """The rules admitted at one length, with their combined prefilters."""

    __slots__ = ("anchored", "rules", "unanchored", "unsafe")

    def __init__(self, rules: Sequence[Rule]) -> None:
        self.rules = tuple(rules)
        anchored: list[str] = []
        unanchored: list[str] = []
        unsafe = False
        for rule in self.rules:
            source = rule.pattern.pattern
            if _UNSAFE_RE.search(source):
                unsafe = True
                continue
            source = _NAMED_GROUP_RE.sub("(?:", source)
            if source.startswith("^") and not _top_level_branch(source):
                anchored.append(source[1:])
            else:
                unanchored.append(source)
        self.unsafe = unsafe
        self.anchored = re.compile("^(?:" + "|".join(anchored) + ")", re.IGNORECASE) if anchored else None
        self.unanchored = re.compile("|".join(f"(?:{p})" for p in unanchored), re.IGNORECASE) if unanchored else None

    def could_fire(self, text: str) -> bool:
        if self.unsafe:
            return True
        if self.anchored is not None and self.anchored.match(text):
            return True
        return self.unanchored is not None and self.unanchored.search(text) is not None


class RuleIndex:
    """First rule (in order) that fires on a text, found without trying every rule."""

    def __init__(self, rules: Sequence[Rule]) -> None:
        self.caps = sorted({rule.max_chars for rule in rules})
        self._rules = tuple(rules)
        self._buckets: dict[int, _Bucket] = {}

    def _bucket(self, slot: int) -> _Bucket:
        bucket = self._buckets.get(slot)
        if bucket is None:
            floor = self.caps[slot]
            bucket = _Bucket([rule for rule in self._rules if rule.max_chars >= floor])
            self._buckets[slot] = bucket
        return bucket

    def first(self, text: str) -> tuple[Rule, re.Match[str]] | None:
        """The first rule that fires on `text` (whitespace-folded) and its match, else None."""
        slot = bisect.bisect_left(self.caps, len(text))
        if not text or slot == len(self.caps):
            return None
        bucket = self._bucket(slot)
        if not bucket.could_fire(text):
            return None
        for rule in bucket.rules:
            match = rule.fires(text)
            if match:
                return rule, match
        return None


@lru_cache(maxsize=8)
def rule_index(rules: tuple[Rule, ...]) -> RuleIndex:
    """The index of a rule set, built once per set (the packaged set is one tuple per process)."""
    return RuleIndex(rules)
