"""Text normalisation shared by every stage (one definition of "the same text")."""

from __future__ import annotations

import re

_SPACE_RE = re.compile(r"[\s\u00a0\u200b\u2009\u202f]+")


def fold_space(text: str) -> str:
    """Collapse runs of whitespace (incl. no-break and zero-width spaces) to one space; strip.

    Fast paths: a printable text has no whitespace but the plain space (every other space,
    U+200B included, is not printable), so without a double space or one at either end it is
    folded already (most paragraph texts are); `str.split()` splits on exactly the characters
    `\\s` matches and is twice as fast as the regex; only U+200B needs the regex.
    """
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text
    if "\u200b" not in text:
        return " ".join(text.split())
    return _SPACE_RE.sub(" ", text).strip()
