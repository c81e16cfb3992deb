"""Which literal texts every match of a rule's pattern contains, and how the index files them.

The prefilter of newsgrab/rules/matcher.py meets a block with plain string tests before any rule's
regex. This module reads a pattern (through newsgrab/rules/patterns.py, this package's own
scanner) for those tests: the literals one of which every match holds (`gates`), the few that an
open piece requires whatever its prefix finds (`open_needs`), and the words between spaces a
block must hold for a gate's literal to be in it (`filing_words`), so a block meets only the
gates filed under its own words.
"""

from __future__ import annotations

from collections.abc import Iterator

from newsgrab.rules.patterns import expand_leads, first_item, fold_case

#: characters; shortest literal a gate may hold (a shorter one is in most blocks)
MIN_LITERAL_CHARS = 4
#: literals one gate may hold (each is a substring test on every block short enough for the rule)
MAX_GATES = 8
#: characters; a gate whose literals are all at least this long rarely lets prose through
SELECTIVE_GATE_CHARS = 6
#: leading items `gates` may skip looking for literals ("[\\w .]{2,40}", "\\s*", ...)
MAX_DROPPED_ITEMS = 6
#: literals, of any length, an open piece may require before its prefilter regex is tried: one or
#: two substring tests cost less than the regex (a class run such as "[\\w .]{2,60}" backtracks on
#: every short block), eight one-letter ones let everything through for nothing
MAX_OPEN_NEEDS = 2

#: words a piece filed by `word_gate` may be filed under: more ("permission", "from", "here", "of")
#: reach nearly every block, where a literal test on each costs less than meeting them as words
MAX_WORD_GATE_WORDS = 2


def gates(pattern: str, min_chars: int = MIN_LITERAL_CHARS, most: int = MAX_GATES) -> tuple[str, ...] | None:
    """Literal texts (lower-cased) one of which every match of `pattern` contains, else None.

    Items the expansion cannot cross ("[\\w .]{2,40}", "\\d+") are dropped from the front in turn,
    and the leads of what follows are taken: a match of the whole contains a match of the rest,
    which starts with one of those leads. Too many leads are cut shorter until at most
    `most` are left ("sign up now", "sign up today" -> "sign up "). Of the candidate sets,
    the best by `gate_rank` wins; a set with a member shorter than `min_chars` is no gate.
    """
    best: tuple[str, ...] | None = None
    for lookahead, rest in _tails(pattern):
        if lookahead is not None:
            found = gates(lookahead, min_chars, most)
        else:
            found = _fewest_literals({fold_case(lead) for lead, _ in expand_leads(rest)}, min_chars, most)
        if found and (best is None or gate_rank(found) > gate_rank(best)):
            best = found
            if all(gate_rank(best)[:2]):
                break  # selective and filed by a word: good enough, no need to look further
    return best


def _tails(pattern: str) -> Iterator[tuple[str | None, str]]:
    """What `gates` and `word_gate` read a required literal from, in turn: `pattern`, then
    `pattern` with its first item dropped, and so on (at most MAX_DROPPED_ITEMS times): a match of
    the whole contains a match of each tail. Each comes as (lookahead, tail): when the tail opens
    with a lookahead, `lookahead` is what it holds (it must match where the tail starts, so what it
    requires the text holds), else None."""
    rest = pattern
    for _ in range(MAX_DROPPED_ITEMS):
        if not rest:
            return
        item, after = first_item(rest)
        yield (item[3:-1] if item.startswith("(?=") and item.endswith(")") else None), rest
        rest = after


def gate_rank(literals: tuple[str, ...]) -> tuple[bool, bool, int]:
    """Selective gates first (no literal shorter than `SELECTIVE_GATE_CHARS`: " for " lets most
    blocks through to the regex), then gates the index can file by a word (see
    `RuleIndex._gated_hits`), then the gate whose shortest literal is longest."""
    shortest = min(map(len, literals))
    return shortest >= SELECTIVE_GATE_CHARS, all(_filing_word(literal) for literal in literals), shortest


def _fewest_literals(leads: set[str], min_chars: int = MIN_LITERAL_CHARS, most: int = MAX_GATES,
                     ) -> tuple[str, ...] | None:
    """At most `most` literals covering `leads` (each cut to a common length if need be), with
    any literal that contains another one left out; None when they get shorter than `min_chars`."""
    length = max(map(len, leads), default=0)
    while length >= max(min_chars, 1):
        cut = {lead[:length] for lead in leads}
        if min(map(len, cut)) < min_chars:
            return None
        kept: list[str] = []
        for lead in sorted(cut, key=len):  # shortest first: a longer literal holding a kept one is redundant
            if not any(other in lead for other in kept):
                kept.append(lead)
                if len(kept) > most:
                    break
        if len(kept) <= most:
            return tuple(sorted(kept))
        length -= 1
    return None


def _filing_word(literal: str) -> str | None:
    """The longest word `literal` holds between spaces, which any text containing `literal` holds
    as one of its space-separated words too; None when it has none ("comment", "all rights")."""
    words = _whole_words(literal)
    return max(words, key=len) if words else None


def _whole_words(literal: str) -> list[str]:
    """The words `literal` holds between spaces (see `_filing_word`), in order."""
    words = literal.split()
    if words and not literal[:1].isspace():
        words = words[1:]
    if words and not literal[-1:].isspace():
        words = words[:-1]
    return words


def literals_holding(literals: tuple[str, ...], word: str) -> tuple[str, ...]:
    """The `literals` that hold `word` whole (`filing_words`): a block holding one of them holds the
    word, so a gated entry reached under the word need test only these."""
    return tuple(literal for literal in literals if word in _whole_words(literal))


def filing_words(literals: tuple[str, ...]) -> tuple[str, ...] | None:
    """The words a gated entry is filed under: each of its `literals` holds one of them whole, so a
    block holding a literal holds that word and `RuleIndex._gated_hits` (matcher.py) reaches the entry. A long word is a
    rare one, so the words are picked greedily by the literals each covers, a word of one letter
    more counting double: a lone literal is filed under its longest word, as `_filing_word` does;
    " is a ", " is the ", " was a ", " was the " under "was" and "is", not also under "the", which
    most paragraphs hold; " can be reached ", " can be contacted " under "contacted" and "reached",
    not "can". One-letter words file only a literal that has no other. None when a literal holds
    no word whole (the entry is unfiled)."""
    options = []
    for literal in literals:
        words = set(_whole_words(literal))
        if not words:
            return None
        options.append({word for word in words if len(word) > 1} or words)
    chosen: list[str] = []
    while options:
        counts: dict[str, int] = {}
        for words in options:
            for word in words:
                counts[word] = counts.get(word, 0) + 1
        best = max(sorted(counts), key=lambda word: counts[word] << len(word))
        chosen.append(best)
        options = [words for words in options if best not in words]
    return tuple(chosen)


def open_needs(source: str) -> tuple[str, ...] | None:
    """At most `MAX_OPEN_NEEDS` literals (any length, lower-cased) one of which every match of an
    open piece contains, else None: `gates` with no floor on their length. They
    hold for the whole piece, so a block without one cannot match it, whatever its prefix finds."""
    return gates(source, min_chars=1, most=MAX_OPEN_NEEDS)


def word_gate(pattern: str, most: int = MAX_GATES) -> tuple[str, ...] | None:
    """Words (`filing_words`) one of which every match of `pattern` holds between spaces, else None:
    for a piece whose gate (`gates`) holds no word whole (" ad-free", "subscribe"), the words of
    another set of literals its matches contain (" is ", " are "), found as `gates` finds its sets
    but of any length. A block without one of these words cannot match, so the piece is filed
    under them and a block meets its gate only when it has one. Of the sets of at most
    `MAX_WORD_GATE_WORDS` words, the one whose shortest word is longest (the rarest) wins, then the
    one with fewest words."""
    best: tuple[str, ...] | None = None
    for lookahead, rest in _tails(pattern):
        if lookahead is not None:
            words = word_gate(lookahead, most)
        else:
            literals = _fewest_literals({fold_case(lead) for lead, _ in expand_leads(rest)}, 1, most)
            words = filing_words(literals) if literals else None
        if words and len(words) <= MAX_WORD_GATE_WORDS and (best is None or _word_rank(words) > _word_rank(best)):
            best = words
    return best


def _word_rank(words: tuple[str, ...]) -> tuple[int, int]:
    return min(map(len, words)), -len(words)


def stems(literals: tuple[str, ...]) -> tuple[str, ...]:
    """`literals` with those that open alike (by `SELECTIVE_GATE_CHARS` or more) cut to what they
    share: "sign up f", "sign up h", "sign up n", "sign up t" -> "sign up ". A text holding a literal
    holds its stem, so the stems gate the same matches with fewer substring tests; an entry tested
    on every short block (unfiled) is worth that, and a stem that long rarely lets prose through."""
    out: list[str] = []
    for literal in sorted(literals):
        if out:
            shared = _shared_prefix(out[-1], literal)
            if len(shared) >= SELECTIVE_GATE_CHARS:
                out[-1] = shared
                continue
        out.append(literal)
    return tuple(out)


def _shared_prefix(one: str, other: str) -> str:
    size = 0
    for a, b in zip(one, other, strict=False):
        if a != b:
            break
        size += 1
    return one[:size]
