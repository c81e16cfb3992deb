"""Ornaments printed as a paragraph: a drawn rule or a row of glyphs with no letter or digit ("◆◆◆", "⁂").

A page sets a separator between the story and what follows it, or between two parts of the story, and
prints it as a paragraph: ASCII rules ("***", "---", "* * *"; shapes.py's own pattern) or typographic
ones, which are the same thing in any language and script: a character that draws a line, repeated
("────", "═══"), a row of two or more ornaments ("◆◆◆", "★ ★ ★"), or an asterism or fleuron alone
("⁂", "❧"). The characters are data (data/ornaments.toml). A single bullet or star is no separator: a
converter prints an empty list item's bullet ("●", "□") on a line of its own.
"""

from __future__ import annotations

from functools import cache

from newsgrab.data import load_toml

#: a drawn rule repeats its character at least this many times ("───")
MIN_RULE_CHARS = 3
#: a row of ornaments holds at least this many ("◆◆", "★ ★")
MIN_GLYPHS = 2


@cache
def _ornaments() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    data = load_toml("ornaments.toml")
    return frozenset(data["rules"]), frozenset(data["glyphs"]), frozenset(data["dinkus"])


def is_ornament_line(text: str) -> bool:
    """Whether a short line is only a drawn rule, a row of ornaments or a dinkus (see the module);
    spaces may stand between the marks. Any letter, digit, bracket or other mark makes it none."""
    marks = text.replace(" ", "")
    if not marks:
        return False
    rules, glyphs, dinkus = _ornaments()
    if len(marks) == 1:
        return marks in dinkus
    kinds = set(marks)
    if kinds <= rules:
        return len(marks) >= MIN_RULE_CHARS
    return kinds <= glyphs and len(marks) >= MIN_GLYPHS
