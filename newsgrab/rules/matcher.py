"""Fast first-match over hundreds of rules: prefilters compiled once per rule set.

Running every rule's regex on every block is what makes a rule set slow, and most blocks are
article paragraphs that no rule matches. So the rules are indexed once per rule set, and a block
meets at most two cheap prefilters before any single rule is tried:

- each rule's pattern is split at its top-level `|` into branches. A branch that starts with `^`
  is anchored: its possible first characters are worked out from the parsed pattern, and the
  anchored branches are grouped by first character into one alternation each (a block starting
  with "P" meets the dozen branches that can start with P, not two hundred). A branch whose
  first character cannot be bounded (it starts with a word class or a dot) is gated by a
  literal it must contain, like the unanchored ones below, or else joins every group;
- unanchored branches are few; each needs a literal run that every match contains ("may not be
  "), and the branch is searched only when that literal is in the block (a substring test);
- a branch is skipped on blocks longer than its rule's `max_chars`.

Named groups are made anonymous in the combined regexes: a prefilter only answers "could any rule
fire?", a superset of the truth. Only then are the rules tried one by one, in file order, so the
first rule that fires wins exactly as a plain loop over the rules would decide.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from re import _constants as sre_constants  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from newsgrab.rules import Rule

#: characters; a character class wider than this is treated as "any first character"
MAX_CLASS_CHARS = 400
#: characters; shortest literal worth a substring test before an unanchored branch is searched
MIN_LITERAL_CHARS = 4
#: blocks the shared index (`rule_index`) checks with a plain loop over the rules before it
#: consults its prefilters. They compile their alternations lazily, about 150 ms of regex
#: compiling on the first article; a plain loop costs about 2 ms per article, so a one-file run
#: (shell loops, `newsgrab x.txt`) never earns that back, while a batch passes this count within
#: a few dozen articles. Same answers either way: the prefilter is only a superset test.
PLAIN_LOOP_BLOCKS = 500
#: first characters remembered per index before the memo is emptied (texts start with any
#: character in any script; the compiled alternations themselves are kept, keyed by branch set)
MAX_FIRST_CHARS = 4096

_NAMED_GROUP_RE = re.compile(r"\(\?P<\w+>")
#: constructs a combined alternation cannot hold safely: backreferences and global inline flags
_UNSAFE_RE = re.compile(r"\(\?P=|\\\d|\(\?[aiLmsux]+\)")


def split_branches(pattern: str) -> list[str]:
    """`pattern` cut at each `|` that sits outside every group and character class."""
    branches, start, depth, in_class, escaped = [], 0, 0, False, False
    for pos, char in enumerate(pattern):
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
            branches.append(pattern[start:pos])
            start = pos + 1
    branches.append(pattern[start:])
    return branches




_CATEGORY_CHARS = {
    sre_constants.CATEGORY_DIGIT: "0123456789",
    sre_constants.CATEGORY_SPACE: " \t\n\r\f\v\u00a0",
}


def _cased(chars: set[str]) -> set[str]:
    return {variant for ch in chars for variant in (ch, ch.lower(), ch.upper())}


def _first_of_sequence(items: Sequence[tuple[Any, Any]]) -> tuple[set[str] | None, bool]:
    """(possible first characters or None for "any", whether the sequence can match empty)."""
    found: set[str] = set()
    for op, av in items:
        chars, nullable = _first_of_op(op, av)
        if chars is None:
            return None, False
        found |= chars
        if not nullable:
            return found, False
    return found, True


def _first_of_op(op: Any, av: Any) -> tuple[set[str] | None, bool]:
    c = sre_constants
    if op is c.LITERAL:
        return _cased({chr(av)}), False
    if op is c.IN:
        chars: set[str] = set()
        for kind, value in av:
            if kind is c.LITERAL:
                chars.add(chr(value))
            elif kind is c.RANGE and value[1] - value[0] <= MAX_CLASS_CHARS:
                chars.update(chr(code) for code in range(value[0], value[1] + 1))
            elif kind is c.CATEGORY and value in _CATEGORY_CHARS:
                chars.update(_CATEGORY_CHARS[value])
            else:  # NEGATE, a word class, a wide range: anything may come first
                return None, False
        return _cased(chars), False
    if op is c.SUBPATTERN:
        return _first_of_sequence(av[3])
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        low, _high, inner = av
        chars_inner, nullable = _first_of_sequence(inner)
        return chars_inner, nullable or low == 0
    if op is c.BRANCH:
        union: set[str] = set()
        any_nullable = False
        for branch in av[1]:
            chars_branch, nullable = _first_of_sequence(branch)
            if chars_branch is None:
                return None, False
            union |= chars_branch
            any_nullable = any_nullable or nullable
        return union, any_nullable
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
        return set(), True
    return None, False


def first_chars(branch: str) -> set[str] | None:
    """Characters an anchored branch (without its `^`) can start with; None when unbounded."""
    try:
        chars, nullable = _first_of_sequence(list(sre_parse.parse(branch, re.IGNORECASE)))
    except (re.error, TypeError, ValueError, AttributeError):
        return None
    return None if nullable else chars


def required_literal(branch: str) -> str | None:
    """The longest run of plain characters every match of `branch` contains, lower-cased."""
    try:
        items = list(sre_parse.parse(branch, re.IGNORECASE))
    except (re.error, TypeError, ValueError, AttributeError):
        return None
    best, run = "", ""
    for op, av in items:
        if op is sre_constants.LITERAL:
            run += chr(av)
        else:
            best, run = max(best, run, key=len), ""
    best = max(best, run, key=len).lower()
    return best if len(best) >= MIN_LITERAL_CHARS and best.lower().upper().lower() == best else None


def _alternation(sources: list[str]) -> re.Pattern[str] | None:
    return re.compile("^(?:" + "|".join(sources) + ")", re.IGNORECASE) if sources else None


class RuleIndex:
    """First rule (in order) that fires on a text, found without trying every rule."""

    def __init__(self, rules: Sequence[Rule], plain_loop_blocks: int = 0) -> None:
        self._rules = tuple(rules)
        self._longest = max((rule.max_chars for rule in self._rules), default=0)
        #: anchored branches as (first chars or None, cap, source without "^")
        self._anchored: list[tuple[set[str] | None, int, str]] = []
        #: literal-gated and unanchored branches as (required literal or None, cap, match function);
        #: a branch that starts with "^" is tried with `match` (position 0 only), others with `search`
        self._unanchored: list[tuple[str | None, int, Callable[[str], re.Match[str] | None]]] = []
        self._always = False
        self._plain_left = plain_loop_blocks
        for rule in self._rules:
            source = rule.pattern.pattern
            if _UNSAFE_RE.search(source):
                self._always = True
                continue
            for branch in split_branches(_NAMED_GROUP_RE.sub("(?:", source)):
                chars = first_chars(branch[1:]) if branch.startswith("^") else None
                if chars is not None or (branch.startswith("^") and required_literal(branch[1:]) is None):
                    self._anchored.append((chars, rule.max_chars, branch[1:]))
                else:
                    compiled = re.compile(branch, re.IGNORECASE)
                    matcher = compiled.match if branch.startswith("^") else compiled.search
                    self._unanchored.append((required_literal(branch), rule.max_chars, matcher))
        # longest caps first, so a long block stops at the first branch that cannot admit it
        self._unanchored.sort(key=lambda entry: -entry[1])
        self._by_first: dict[str, tuple[int, re.Pattern[str] | None]] = {}
        #: the same entries keyed by the anchored branches they hold (bounded by the rule set)
        self._by_branches: dict[tuple[int, ...], tuple[int, re.Pattern[str] | None]] = {}

        unbounded = [(cap, src) for chars, cap, src in self._anchored if chars is None]
        self._any_cap = max((cap for cap, _ in unbounded), default=0)
        self._any = _alternation([src for _, src in unbounded])

    def _anchored_for(self, first: str) -> tuple[int, re.Pattern[str] | None]:
        """(longest cap, combined regex) of the bounded anchored branches that can start with `first`."""
        found = self._by_first.get(first)
        if found is None:
            chosen = tuple(i for i, (chars, _, _) in enumerate(self._anchored) if chars is not None and first in chars)
            found = self._by_branches.get(chosen)
            if found is None:
                # one compiled alternation per distinct branch set: "P" and "p" (and every character
                # no anchored rule starts with) share theirs, about a third of the compiling
                caps = [self._anchored[i][1] for i in chosen]
                found = (max(caps, default=0), _alternation([self._anchored[i][2] for i in chosen]))
                self._by_branches[chosen] = found
            if len(self._by_first) >= MAX_FIRST_CHARS:
                self._by_first.clear()
            self._by_first[first] = found
        return found

    def could_fire(self, text: str) -> bool:
        """False only when no rule can fire on `text` (a cheap superset test)."""
        if self._always:
            return True
        size = len(text)
        cap, anchored = self._anchored_for(text[0])
        if anchored is not None and size <= cap and anchored.match(text):
            return True
        if self._any is not None and size <= self._any_cap and self._any.match(text):
            return True
        lowered = text.lower()
        for literal, branch_cap, try_branch in self._unanchored:
            if size > branch_cap:
                break
            if (literal is None or literal in lowered) and try_branch(text):
                return True
        return False

    def first(self, text: str) -> tuple[Rule, re.Match[str]] | None:
        """The first rule that fires on `text` (whitespace-folded) and its match, else None."""
        if not text or len(text) > self._longest:
            return None
        if self._plain_left > 0:
            self._plain_left -= 1
        elif not self.could_fire(text):
            return None
        for rule in self._rules:
            match = rule.fires(text)
            if match:
                return rule, match
        return None


_INDEXES: dict[int, tuple[tuple[Rule, ...], RuleIndex]] = {}
#: rule sets whose index is kept (the packaged set plus a few user sets per process)
MAX_CACHED_INDEXES = 8


def rule_index(rules: tuple[Rule, ...]) -> RuleIndex:
    """The index of a rule set, built once per set object (load_rules returns the same tuple)."""
    cached = _INDEXES.get(id(rules))
    if cached is not None and cached[0] is rules:
        return cached[1]
    if len(_INDEXES) >= MAX_CACHED_INDEXES:
        _INDEXES.clear()
    index = RuleIndex(rules, plain_loop_blocks=PLAIN_LOOP_BLOCKS)
    _INDEXES[id(rules)] = (rules, index)
    return index
