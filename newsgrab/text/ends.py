"""Patterns anchored at the end of a text (`...$`), searched only where a match can start.

`pattern.search(text)` tries an end-anchored pattern at every character of the text, so asking
whether a paragraph ends with a full stop costs as much as its length; the text path asks that of
every line and block, several times. A match of such a pattern is a short core (a character or two
of punctuation) followed only by characters it lets trail (closing quotes and brackets) and the line
break `$` may stand before; so it starts at most the core's length before the last character that
is not one of those, and searching from there finds exactly the matches a search from the start finds.
"""

from __future__ import annotations

import re


def ends_with(pattern: re.Pattern[str], text: str, trailing: str, reach: int) -> bool:
    """Whether the end-anchored `pattern` matches `text`.

    `trailing` must hold every character the pattern lets follow its core (any more is harmless,
    just slower) and "\\n"; `reach` is the longest core, in characters. The core's last character
    must not be one of `trailing`.
    """
    return pattern.search(text, max(0, len(text.rstrip(trailing)) - reach)) is not None
