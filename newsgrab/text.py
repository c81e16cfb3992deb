"""Text normalisation shared by every stage (one definition of "the same text")."""

from __future__ import annotations

import re

_SPACE_RE = re.compile(r"[\s\u00a0\u200b\u2009\u202f]+")


def fold_space(text: str) -> str:
    """Collapse runs of whitespace (incl. no-break and zero-width spaces) to one space; strip.

    Fast path: `str.split()` splits on exactly the characters `\\s` matches (no-break, thin and
    narrow spaces included) and is twice as fast as the regex; only U+200B needs the regex.
    """
    if "\u200b" not in text:
        return " ".join(text.split())
    return _SPACE_RE.sub(" ", text).strip()
