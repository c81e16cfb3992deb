"""Fast first-match over hundreds of rules: a prefilter of plain string tests, built once per rule set.

Running every rule's regex on every block is what makes a rule set slow, and most blocks are
article paragraphs that no rule matches. So the rules are indexed once, and a block meets cheap
string tests before any rule is tried:

- each rule's pattern is split at its top-level `|` into branches. An anchored branch (`^...`)
  is expanded at its leading alternations and optional items into pieces, each with the literal
  text every match of it starts with: "^(?:please )?(?:support|donate to) (?:us|our work)" gives
  the leads "please support us", "support our work", ... A lead is filed under its first
  `KEY_CHARS` characters, so a block meets only the leads filed under its own opening, by dict
  lookups. Nothing is compiled for them.
- pieces with no lead (they start with a class: "[A-Z][\\w.-]+ is a writer ...") and unanchored
  branches are gated by literals one of which every match contains (" is a writer", "all rights
  reserved"); the gates are filed by a word they hold whole, so a block meets the few whose word
  it has. A piece with a few possible first characters and no selective gate is dispatched on its
  first character instead. A piece left without a gate (tried on every short block its first
  character admits) that requires one of one or two literals of any length ("/" of "Jane
  Roe/AFP") tests them first. Only a piece whose test passes meets a regex: its short prefix (a
  concatenation matches only where its first items do), compiled when first needed.
- a test is skipped on blocks longer than its rule's `max_chars`.

Only the rules whose tests passed are then tried, in file order, so the first rule that fires wins
exactly as a plain loop over the rules would decide. Patterns match case-insensitively; the tests
compare lower-cased text after folding the few characters Python's regex engine treats as case
variants beyond `str.lower` ("ı" and "i", "ſ" and "s", "ς" and "σ"), so no block is hidden from a
rule that would fire.

Patterns are read by newsgrab/rules/patterns.py (this package's own scanner, public Python only);
the gates' literals and the words they are filed under come from newsgrab/rules/gates.py.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from newsgrab.memo import Memo
from newsgrab.rules.gates import filing_words, gate_rank, gates, literals_holding, open_needs, stems, word_gate
from newsgrab.rules.patterns import (
    LEAD_TARGET_CHARS,
    expand_leads,
    first_chars,
    fold_case,
    prefix_pattern,
    split_branches,
)

if TYPE_CHECKING:
    from newsgrab.rules import Rule

#: characters of a lead that file it: long enough that a paragraph opening ("The", "In a") meets
#: a handful of leads, short enough that most leads reach it
KEY_CHARS = 3
#: characters; a piece without a lead is cut, for its prefilter, after the first items whose
#: shortest match reaches this length (a notice's opening words; the rule itself decides the rest)
PREFIX_MIN_CHARS = 12
#: first characters (folded) a lead-less piece may have to be dispatched on them rather than
#: gated by a weak literal
MAX_DISPATCH_CHARS = 40
#: literals a long block meets one by one rather than through its words: a block too long for every
#: gated entry but the few (longest caps first) that hold at most this many literals between them
#: tests those literals directly, which costs less than cutting a long paragraph into its words
MAX_DIRECT_LITERALS = 20

_NAMED_GROUP_RE = re.compile(r"\(\?P<\w+>")
#: constructs a prefilter cannot reason about: backreferences, conditionals and global inline
#: flags (a rule that holds one is tried on every block)
_UNSAFE_RE = re.compile(r"\(\?P=|\\\d|(?<!\\)\(\?\(|\(\?[aiLmsux]+\)")


#: a gated branch or piece: (gate literals or None, cap, rule number, source, anchored)
_Gated = tuple["tuple[str, ...] | None", int, int, str, bool]
#: an open piece as a block meets it: (literals one of which it requires or None, cap, rule number, prefilter)
_OpenEntry = tuple["tuple[str, ...] | None", int, int, "Callable[[str], re.Match[str] | None]"]


class RuleIndex:
    """First rule (in order) that fires on a text, found without trying every rule."""

    def __init__(self, rules: Sequence[Rule]) -> None:
        self._rules = tuple(rules)
        self._longest = max((rule.max_chars for rule in self._rules), default=0)
        #: rules no prefilter can vouch for, and users' rules: tried on every block
        self._always: list[int] = []
        #: leads by their first KEY_CHARS characters: (the lengths of the leads filed there, longest
        #: first; {lead: [(cap, rule number)]}). A block looks up its own opening at each length, so
        #: "The" costs a few dict lookups however many leads start with "the".
        self._by_key: dict[str, tuple[list[int], dict[str, list[tuple[int, int]]]]] = {}
        #: leads shorter than KEY_CHARS by their first character, as (lead, cap, rule number)
        self._short: dict[str, list[tuple[str, int, int]]] = {}
        #: branches and lead-less pieces gated by literals they must contain
        self._gated: list[_Gated] = []
        #: lead-less pieces without a gate, as (first characters or None for any, literals one of
        #: which the piece requires or None, cap, rule, source)
        self._open: list[tuple[frozenset[str] | None, tuple[str, ...] | None, int, int, str]] = []
        for number, rule in enumerate(self._rules):
            source = rule.regex
            # a user's pattern is only ever run under its time budget (Rule.fires), never compiled
            # into the prefilter's own `re` pieces, which have none
            if not rule.trusted or _UNSAFE_RE.search(source):
                self._always.append(number)
                continue
            for branch in split_branches(_NAMED_GROUP_RE.sub("(?:", source)):
                if branch.startswith("^"):
                    self._add_anchored(branch[1:], rule.max_chars, number)
                else:
                    self._add_gated(branch, rule.max_chars, number, anchored=False)
        # longest caps first, so a long block stops at the first entry that cannot admit it
        self._gated.sort(key=lambda entry: -entry[1])
        self._open.sort(key=lambda entry: -entry[2])
        self._compiled: dict[tuple[str, bool], Callable[[str], re.Match[str] | None]] = {}
        #: the open pieces' prefilters, compiled now: they are tried on most short blocks, so they are
        #: all needed on the first page, and a list spares each try a lookup
        self._open_matchers = [self._matcher(source, True) for *_, source in self._open]
        self._dispatch_open()
        self._gated_cap = max((entry[1] for entry in self._gated), default=0)
        #: gated entries filed under a word each of their literals holds between spaces ("rights"
        #: for "all rights reserved"), and those that have no such word (in cap order)
        self._gated_by_word: dict[str, list[_Gated]] = {}
        self._gated_unfiled: list[_Gated] = []
        for entry in self._gated:
            # a gate that holds no word whole (" ad-free") is filed under words of another set of
            # literals every match holds (" is ", " are "), when there is one: its test is unchanged
            by_literals = filing_words(entry[0]) if entry[0] is not None else None
            filed = by_literals or word_gate(entry[3])
            if filed is None:
                self._gated_unfiled.append(entry)
                continue
            for word in filed:
                # filed by its literals, the entry is reached under each word with the literals that hold
                # it ("is": " is a ", not " was a "): a literal in a block gives the block its word
                literals = literals_holding(entry[0], word) if by_literals and entry[0] is not None else entry[0]
                self._gated_by_word.setdefault(word, []).append((literals, *entry[1:]))
        # an unfiled entry meets every short block: its literals that open alike are tested as one
        self._gated_unfiled = [(None if literals is None else stems(literals), cap, number, source, anchored)
                               for literals, cap, number, source, anchored
                               in _one_entry_per_rule(self._gated_unfiled)]
        #: the unfiled entries as an ASCII block meets them: a literal of another script is in no such block
        self._gated_unfiled_ascii: list[_Gated] = [
            (None if literals is None else tuple(filter(str.isascii, literals)), cap, number, source, anchored)
            for literals, cap, number, source, anchored in self._gated_unfiled
            if literals is None or any(map(str.isascii, literals))]
        self._gated_words = frozenset(self._gated_by_word)
        self._direct_above = _direct_above(self._gated)

    def _dispatch_open(self) -> None:
        """File the open pieces by the first character a block must open with: a block meets only the
        pieces its first character admits (or any), in cap order, untested. Call again after `_open` changes."""
        entries = [(chars, (needs, cap, number, matcher))
                   for (chars, needs, cap, number, _), matcher in zip(self._open, self._open_matchers, strict=True)]
        self._open_any = [entry for chars, entry in entries if chars is None]
        self._open_by_char: dict[str, list[_OpenEntry]] = {
            char: [entry for chars, entry in entries if chars is None or char in chars]
            for char in set().union(*(chars for chars, _ in entries if chars is not None))}

    def _add_anchored(self, branch: str, cap: int, number: int) -> None:
        seen: set[str] = set()
        for lead, rest in expand_leads(branch):
            folded = fold_case(lead)
            if folded in seen:
                continue
            if folded:  # lead-less pieces differ in what follows: each is gated on its own
                seen.add(folded)
            if len(folded) >= KEY_CHARS:
                lengths, leads = self._by_key.setdefault(folded[:KEY_CHARS], ([], {}))
                lead_cut = folded[:LEAD_TARGET_CHARS]
                leads.setdefault(lead_cut, []).append((cap, number))
                if len(lead_cut) not in lengths:
                    lengths.append(len(lead_cut))
                    lengths.sort(reverse=True)
            elif folded:
                self._short.setdefault(folded[0], []).append((folded, cap, number))
            else:
                self._add_gated(rest, cap, number, anchored=True)

    def _add_gated(self, source: str, cap: int, number: int, anchored: bool) -> None:
        found = gates(source)
        chars = first_chars(source) if anchored else None
        if chars is not None and len(chars) <= MAX_DISPATCH_CHARS and (found is None or not gate_rank(found)[0]):
            # a few possible first characters ("»", "*", "—" before "this article") tell more
            # than a weak gate ("this ")
            self._open.append((frozenset(map(fold_case, chars)), open_needs(source), cap, number, source))
            return
        if found is not None or not anchored:
            for position, (literals, _, other, other_source, other_anchored) in enumerate(self._gated):
                if (literals, other, other_anchored) == (found, number, anchored):
                    # pieces of one rule behind the same gate: one entry, one alternation
                    self._gated[position] = (found, cap, number, f"(?:{other_source}|{source})", anchored)
                    return
            self._gated.append((found, cap, number, source, anchored))
            return
        self._open.append((frozenset(map(fold_case, chars)) if chars is not None else None, open_needs(source), cap,
                           number, source))

    def _matcher(self, source: str, anchored: bool) -> Callable[[str], re.Match[str] | None]:
        """The prefilter of a gated or open piece: its short prefix, compiled when first needed."""
        key = (source, anchored)  # the source's hash is kept by the string: no new string to hash
        found = self._compiled.get(key)
        if found is None:
            compiled = re.compile(prefix_pattern(source, PREFIX_MIN_CHARS), re.IGNORECASE)
            found = self._compiled[key] = compiled.match if anchored else compiled.search
        return found

    def candidates(self, text: str) -> list[int]:
        """Numbers of the rules that may fire on `text`, in order (a superset of those that do)."""
        size = len(text)
        lowered = fold_case(text)
        found = set(self._always)
        filed = self._by_key.get(lowered[:KEY_CHARS])
        if filed is not None:
            lengths, leads = filed
            for length in lengths:
                for cap, number in leads.get(lowered[:length], ()):
                    if size <= cap:
                        found.add(number)
        for lead, cap, number in self._short.get(lowered[:1], ()):
            if size <= cap and lowered.startswith(lead):
                found.add(number)
        if size <= self._gated_cap:
            self._gated_hits(text, lowered, found)
        for needs, cap, number, matcher in self._open_by_char.get(lowered[:1], self._open_any):
            if size > cap:
                break
            if number in found or (needs is not None and not any(map(lowered.__contains__, needs))):
                continue
            if matcher(text):
                found.add(number)
        return sorted(found)

    def _gated_hits(self, text: str, lowered: str, found: set[int]) -> None:
        """Add the gated rules that may fire. The block's words (a split, then one set
        intersection) pick the few entries worth a literal test, so a block does not meet every
        literal of every rule. Unfiled entries are in cap order, longest first, so a long block
        stops at the first that cannot admit it. A block longer than `_direct_above` meets the few
        entries long enough for it literal by literal: a literal it holds gives it the word the
        entry is filed under, so the same entries pass, without the split."""
        if len(text) > self._direct_above:
            self._try_gated(self._gated, text, lowered, found, by_cap=True)
            return
        self._try_gated(self._gated_unfiled_ascii if lowered.isascii() else self._gated_unfiled, text, lowered, found,
                        by_cap=True)
        words = self._gated_words.intersection(lowered.split())
        if words:
            by_word = self._gated_by_word
            self._try_gated([entry for word in words for entry in by_word[word]], text, lowered, found, by_cap=False)

    def _try_gated(self, entries: list[_Gated], text: str, lowered: str, found: set[int], by_cap: bool) -> None:
        size = len(text)
        for literals, cap, number, source, anchored in entries:
            if size > cap:
                if by_cap:
                    break
                continue
            if number in found:
                continue
            if literals is not None:
                for literal in literals:
                    if literal in lowered:
                        break
                else:
                    continue
            if self._matcher(source, anchored)(text):
                found.add(number)

    def first(self, text: str) -> tuple[Rule, re.Match[str]] | None:
        """The first rule that fires on `text` (whitespace-folded) and its match, else None."""
        if not text or len(text) > self._longest:
            return None
        for number in self.candidates(text):
            rule = self._rules[number]
            match = rule.fires(text)
            if match:
                return rule, match
        return None


def _one_entry_per_rule(entries: list[_Gated]) -> list[_Gated]:
    """`entries` (in cap order) with the gated pieces of one rule merged into one entry: their
    literals together (a piece's match holds one of its own, so one of the union), their sources as one
    alternation, so a block meets the rule once ("translate website", "translate this page"). A rule
    with a piece that has no gate keeps no gate. Caps are the rule's, so the order stays by cap."""
    merged: dict[tuple[int, bool], _Gated] = {}  # a rule's entry stays where its first piece was
    for literals, cap, number, source, anchored in entries:
        other = merged.get((number, anchored))
        if other is not None:
            literals = None if literals is None or other[0] is None else tuple(sorted({*other[0], *literals}))
            source = f"(?:{other[3]}|{source})"
        merged[number, anchored] = (literals, cap, number, source, anchored)
    return list(merged.values())


def _direct_above(entries: Sequence[_Gated]) -> int:
    """The length above which a block meets the gated `entries` (in cap order, longest first) one by
    one: the cap of the first entry past those holding `MAX_DIRECT_LITERALS` literals between them
    (an entry with no literals counts as too many), so a longer block tests at most that many."""
    total = 0
    for literals, cap, *_ in entries:
        total += len(literals) if literals is not None else MAX_DIRECT_LITERALS + 1
        if total > MAX_DIRECT_LITERALS:
            return cap
    return 0


class _RuleSet:
    """A rule tuple as a memo key by identity: hashing 200 frozen rules on every document would cost
    more than the lookup saves, and `load_rules` hands back the same tuple object each time. The key
    holds the tuple, so its id cannot be reused while the entry lives."""

    __slots__ = ("rules",)

    def __init__(self, rules: tuple[Rule, ...]) -> None:
        self.rules = rules

    def __hash__(self) -> int:
        return id(self.rules)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _RuleSet) and other.rules is self.rules


#: rule sets whose index is kept (the packaged set plus a few user sets per process)
MAX_CACHED_INDEXES = 8
_INDEXES: Memo[_RuleSet, RuleIndex] = Memo(lambda key: RuleIndex(key.rules), MAX_CACHED_INDEXES)


def rule_index(rules: tuple[Rule, ...]) -> RuleIndex:
    """The index of a rule set, built once per set object (load_rules returns the same tuple)."""
    return _INDEXES[_RuleSet(rules)]
