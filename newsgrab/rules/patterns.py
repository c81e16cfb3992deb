"""How the rule index (matcher.py) reads a rule's pattern: with this scanner, public Python only.

It cuts a pattern into top-level branches and items (a character, an escape, a class or a group,
each with its quantifier), expands an anchored branch into the literal leads its matches start
with, measures the fewest characters an item spans, and bounds the characters a branch can start
with. It does not use the private parser of Python's `re` package (whose shape may change in any
release): a construct it does not read (a backreference, a conditional, a stray brace) makes the
answer "unbounded" or "the whole pattern", so the index tries that piece more often, never less.

Case: patterns match case-insensitively, and the index compares lower-cased text after folding
the few characters the regex engine treats as case variants beyond `str.lower` (`fold_case`).
That table is kept here; tests/test_rules.py derives the engine's pairs over every code point and
fails when they differ from it, so a Python whose engine changes fails loudly, not silently.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

#: characters; a character class wider than this is treated as "any first character"
MAX_CLASS_CHARS = 400
#: characters; a branch's expansion stops growing a lead at this length (a longer lead tells
#: notices from prose no better, and every expanded alternation multiplies the pieces)
LEAD_TARGET_CHARS = 12
#: pieces one branch may expand into before its expansion stops where it is
MAX_PIECES = 64

#: what the scanners stop at: an escape (skipped whole), brackets, parentheses and bars
_STRUCTURE_RE = re.compile(r"\\.|[][()|]", re.DOTALL)
_GROUP_CHARS = frozenset("()|")
_QUANTIFIER_RE = re.compile(r"(?:[*+?]|\{\d*(?:,\d*)?\})[?+]?")
#: hex digits an escape takes after its backslash, by the letter that follows it (\x27, \u00a0)
_ESCAPE_DIGITS = {"x": 2, "u": 4, "U": 8}
_CONTROL_ESCAPES = {"t": "\t", "n": "\n", "r": "\r", "f": "\f", "v": "\v"}
_SPECIAL = frozenset(".^$*+?{}[]\\|()")
#: a run of plain characters not followed by a quantifier (which would bind the run's last one)
_LITERAL_RUN_RE = re.compile(r"[^.^$*+?{}\[\]\\|()]+(?![*+?{])")


def split_branches(pattern: str) -> list[str]:
    """`pattern` cut at each `|` that sits outside every group and character class."""
    branches, start = [], 0
    for char, pos, depth in _structure(pattern, 0):
        if char == "|" and depth == 0:
            branches.append(pattern[start:pos])
            start = pos + 1
    branches.append(pattern[start:])
    return branches


def _structure(pattern: str, pos: int) -> Iterator[tuple[str, int, int]]:
    """(character, position, group depth after it) for each "(", ")" and "|" outside character
    classes from `pos` on, and each "]" that ends a class; escapes and class members are skipped
    (a regex finds the structure characters, so the scan jumps between them)."""
    depth, class_start = 0, -1
    for token in _STRUCTURE_RE.finditer(pattern, pos):
        char, at = token.group(), token.start()
        if class_start >= 0:
            # a "]" right after "[" or "[^" is a member of the class, not its end
            opens = at == class_start + 1 or (at == class_start + 2 and pattern[class_start + 1] == "^")
            if char == "]" and not opens:
                class_start = -1
                yield char, at, depth
        elif char == "[":
            class_start = at
        elif char in _GROUP_CHARS:
            depth += (char == "(") - (char == ")")
            yield char, at, depth


def _item_end(pattern: str, pos: int) -> int:
    """Where the item (a character, escape, class or group) that starts at `pos` ends."""
    char = pattern[pos]
    if char == "\\":
        return pos + 2 + _ESCAPE_DIGITS.get(pattern[pos + 1 : pos + 2], 0)
    if char not in "([":
        return pos + 1
    for char, at, depth in _structure(pattern, pos):
        if depth == 0 and char in ")]":
            return at + 1
    return len(pattern)


def first_item(pattern: str) -> tuple[str, str]:
    """(the first top-level item of `pattern` with its quantifier, the rest of the pattern)."""
    end = _item_end(pattern, 0)
    quantifier = _QUANTIFIER_RE.match(pattern, end)
    if quantifier:
        end = quantifier.end()
    return pattern[:end], pattern[end:]


def split_items(pattern: str) -> Iterator[str]:
    """`pattern`'s top-level items, each with its quantifier ("(?:please )?", "\\s*", "a")."""
    while pattern:
        item, pattern = first_item(pattern)
        yield item


def literal_char(item: str) -> str | None:
    """The character an unquantified item stands for ("a", "\\.", "\\x27"), else None."""
    if len(item) == 1:
        return None if item in _SPECIAL else item
    if item[0] != "\\":
        return None
    if len(item) == 2:
        return _CONTROL_ESCAPES.get(item[1], None if item[1].isalnum() else item[1])
    if item[1] in _ESCAPE_DIGITS and len(item) == 2 + _ESCAPE_DIGITS[item[1]]:
        try:
            return chr(int(item[2:], 16))
        except ValueError:
            return None
    return None


def _choices(item: str) -> tuple[list[str], bool] | None:
    """(alternatives, whether the item may also match nothing) of a plain group or an optional
    character ("(?:a|b)", "(a|b)?", "s?"); None for anything else (a class, a repeat, flags)."""
    end = _item_end(item, 0)
    body, quantifier = item[:end], item[end:]
    if quantifier not in ("", "?", "??"):
        return None
    optional = bool(quantifier)
    if body.startswith("(?:") and body.endswith(")"):
        return split_branches(body[3:-1]), optional
    if body.startswith("(") and not body.startswith("(?") and body.endswith(")"):
        return split_branches(body[1:-1]), optional
    if optional and literal_char(body) is not None:
        return [body], True
    return None


def expand_leads(branch: str) -> list[tuple[str, str]]:
    """(lead, rest) pieces that together match what the anchored `branch` (without `^`) matches.

    The literal text every match of a piece starts with is its lead; expansion walks the items,
    adding literal characters to the lead and splitting at plain groups and optional characters,
    until the lead reaches `LEAD_TARGET_CHARS` or an item cannot be expanded (a class, a repeat).
    Once a branch has `MAX_PIECES` pieces it stops splitting, and each piece keeps the lead it has.
    """
    done: list[tuple[str, str]] = []
    work = [("", branch)]
    while work:
        lead, rest = work.pop()
        if len(lead) >= LEAD_TARGET_CHARS or not rest:
            done.append((lead, rest))
            continue
        run = _LITERAL_RUN_RE.match(rest)
        if run:  # plain characters up to a quantified one: the lead grows by all of them at once
            work.append((lead + run.group(), rest[run.end() :]))
            continue
        item, after = first_item(rest)
        char = literal_char(item)
        if char is not None:
            work.append((lead + char, after))
            continue
        choices = _choices(item) if len(done) + len(work) < MAX_PIECES else None
        if choices is None:
            done.append((lead, rest))
            continue
        alternatives, optional = choices
        if optional:
            work.append((lead, after))
        work.extend((lead, alternative + after) for alternative in alternatives)
    return done


def prefix_pattern(pattern: str, min_chars: int) -> str:
    """The shortest run of leading items of `pattern` whose matches are at least `min_chars` long.

    Wherever `pattern` matches, this prefix matches too (a concatenation's match starts with a
    match of its first items), so it is a valid prefilter, and a smaller one to compile. The whole
    pattern comes back when an item cannot be measured or the items never reach `min_chars`.
    """
    total, kept = 0, []
    for item in split_items(pattern):
        kept.append(item)
        try:
            total += min_width(item)
        except (ValueError, IndexError):
            return pattern
        if total >= min_chars:
            return "".join(kept)
    return pattern


def min_width(pattern: str) -> int:
    """The fewest characters a match of `pattern` spans: its items' least widths summed, a group's
    narrowest branch. ValueError on a construct this scanner does not read (a backreference)."""
    return sum(_item_width(item) for item in split_items(pattern))


def _item_width(item: str) -> int:
    end = _item_end(item, 0)
    low = _repeat_low(item[end:])
    return low * _atom_width(item[:end]) if low else 0


def _repeat_low(quantifier: str) -> int:
    """The least number of times a quantifier ("", "?", "*", "+", "{2,5}", lazy or possessive) repeats."""
    if not quantifier:
        return 1
    if quantifier[0] == "{":
        return int(quantifier[1:].split(",")[0].rstrip("}?+") or 0)
    return 1 if quantifier[0] == "+" else 0


def _atom_width(atom: str) -> int:
    if atom[0] == "\\":
        if atom[1:2] in _ZERO_WIDTH_ESCAPES:
            return 0
        if atom[1:2].isdigit() and atom[1:2] != "0":
            raise ValueError(f"backreference {atom!r}")
        return 1
    if atom in ("^", "$"):
        return 0
    if atom[0] == "(":
        inner = _group_body(atom)
        return 0 if inner is None else min(min_width(branch) for branch in split_branches(inner))
    if atom[0] == "[" or atom == "." or atom not in _SPECIAL:
        return 1
    raise ValueError(f"unexpected {atom!r}")


#: escapes that match no character: word boundaries, start and end of the text
_ZERO_WIDTH_ESCAPES = frozenset("bBAZ")
#: group openings whose body is matched in place ("(?:", "(?P<name>", "(?>", scoped flags "(?i:")
_GROUP_OPEN_RE = re.compile(r"\((?:\?:|\?P<\w+>|\?>|\?[aiLmsux]*(?:-[imsx]+)?:)?")


def _group_body(atom: str) -> str | None:
    """What a group matches in place (its body), or None for a group that matches no text:
    a lookaround or a comment. ValueError for a group this scanner does not read (a conditional)."""
    if atom.startswith(("(?=", "(?!", "(?<=", "(?<!", "(?#")):
        return None
    opening = _GROUP_OPEN_RE.match(atom)
    if opening is None or not atom.endswith(")") or (atom.startswith("(?") and opening.end() == 1):
        raise ValueError(f"unread group {atom[:12]!r}")
    return atom[opening.end() : -1]


#: characters Python's IGNORECASE matches to others that `str.lower` leaves apart, each mapped to
#: one member of its group ("ı" and "i", "ſ" and "s", "ς" and "σ", "ϐ" and "β", the old Cyrillic
#: forms...), plus "İ" (whose `lower` is two characters) to "i". Text and leads folded with this
#: and lower-cased compare as the regex would. tests/test_rules.py derives the groups from the
#: regex engine itself over every code point and fails when they differ from this table.
_CASE_FOLDS: dict[int, str] = {
    0x130: "i", 0x131: "i", 0x17F: "s", 0xB5: "\u03bc", 0x345: "\u03b9", 0x1FBE: "\u03b9",
    0x1FD3: "\u0390", 0x1FE3: "\u03b0", 0x3D0: "\u03b2", 0x3F5: "\u03b5", 0x3D1: "\u03b8", 0x3F0: "\u03ba",
    0x3D6: "\u03c0", 0x3F1: "\u03c1", 0x3C2: "\u03c3", 0x3D5: "\u03c6", 0x1C80: "\u0432", 0x1C81: "\u0434",
    0x1C82: "\u043e", 0x1C83: "\u0441", 0x1C84: "\u0442", 0x1C85: "\u0442", 0x1C86: "\u044a",
    0x1C87: "\u0463", 0x1C88: "\ua64b", 0x1E9B: "\u1e61", 0xFB06: "\ufb05",
}
_NEEDS_FOLD_RE = re.compile("[" + re.escape("".join(chr(code) for code in _CASE_FOLDS)) + "]")


def fold_case(text: str) -> str:
    """`text` lower-cased so that it equals a lead's lower-cased form wherever the regex would match."""
    lowered = text.lower()
    if text.isascii() or (not _NEEDS_FOLD_RE.search(lowered) and "\u0130" not in text):
        return lowered
    return text.translate(_CASE_FOLDS).lower().translate(_CASE_FOLDS)


#: characters `\\s` may match at a block's start (blocks are whitespace-folded, so no other space
#: opens one); `\\d` is not bounded: it matches every script's digits
_SPACE_CHARS = frozenset(" \t\n\r\f\v\u00a0")


def _cased(chars: set[str] | frozenset[str]) -> set[str]:
    return {variant for ch in chars for variant in (ch, ch.lower(), ch.upper())}


def first_chars(branch: str) -> set[str] | None:
    """Characters an anchored branch (without its `^`) can start with; None when unbounded (a
    word class, a negated class, a branch that can match empty, a construct not read here)."""
    try:
        chars, nullable = _first_of_items(branch)
    except (ValueError, IndexError):
        return None
    return None if nullable else chars


def _first_of_items(pattern: str) -> tuple[set[str] | None, bool]:
    """(possible first characters or None for "any", whether the items can match empty)."""
    found: set[str] = set()
    for item in split_items(pattern):
        end = _item_end(item, 0)
        chars, nullable = _first_of_atom(item[:end])
        if chars is None:
            return None, False
        found |= chars
        if not nullable and _repeat_low(item[end:]):
            return found, False
    return found, True


def _first_of_atom(atom: str) -> tuple[set[str] | None, bool]:
    if atom[0] == "\\":
        if atom[1:2] in _ZERO_WIDTH_ESCAPES:
            return set(), True
        if atom == "\\s":
            return set(_SPACE_CHARS), False
        char = literal_char(atom)
        if char is None:  # a class escape (\\w, \\d, \\S...) or a backreference
            return None, False
        return _cased({char}), False
    if atom in ("^", "$"):
        return set(), True
    if atom == ".":
        return None, False
    if atom[0] == "[":
        chars = _class_chars(atom)
        return (None, False) if chars is None else (_cased(chars), False)
    if atom[0] == "(":
        inner = _group_body(atom)
        if inner is None:  # a lookaround matches no text: the next item decides
            return set(), True
        union: set[str] = set()
        any_nullable = False
        for branch in split_branches(inner):
            chars_branch, nullable = _first_of_items(branch)
            if chars_branch is None:
                return None, False
            union |= chars_branch
            any_nullable = any_nullable or nullable
        return union, any_nullable
    if atom in _SPECIAL:
        raise ValueError(f"unexpected {atom!r}")
    return _cased({atom}), False


def _class_chars(atom: str) -> set[str] | None:
    """The characters a class ("[a-z©]", "[\\s*]") matches, None when it is negated, holds a word
    or digit class, or a range wider than `MAX_CLASS_CHARS`."""
    body = atom[1:-1]
    if body.startswith("^"):
        return None
    chars: set[str] = set()
    i = 0
    while i < len(body):
        low, i = _class_member(body, i)
        if low is None:
            return None
        if low == "\\s":
            chars |= _SPACE_CHARS
            continue
        if i + 1 < len(body) and body[i] == "-":  # a range, unless the "-" ends the class
            high, i = _class_member(body, i + 1)
            if high is None or len(high) != 1 or ord(high) - ord(low) > MAX_CLASS_CHARS:
                return None
            chars.update(chr(code) for code in range(ord(low), ord(high) + 1))
        else:
            chars.add(low)
    return chars


def _class_member(body: str, i: int) -> tuple[str | None, int]:
    """(the character at `i` of a class body, or "\\s", or None for a class escape; where the next starts)."""
    if body[i] != "\\":
        return body[i], i + 1
    escape = body[i : _item_end(body, i)]
    if escape == "\\s":
        return escape, i + len(escape)
    return literal_char(escape), i + len(escape)
