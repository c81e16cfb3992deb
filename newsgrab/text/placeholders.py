"""w3m's image placeholders: a picture without alt text printed as its file's name in brackets.

w3m shows an `<img>` that has no `alt` as the name of its file without the extension, cut short,
between brackets: `[dims]`, `[merlin_150]`, `[high-schoo]` (lynx keeps the extension, `[dims.png]`,
and text/blocks.py drops those). Those are not words of the page. A line
of its own holding one is dropped already (text/lines.py, as lynx's marks are); what is left is
the placeholder inside a unit: as a list item of its own (a gallery's thumbnails, "• [dims]"),
glued to the caption's kicker ("Image[merlin_150]"), or opening a teaser in front of its headline
("[high-schoo] How to Throw a Party", "[dellg315]Use code ..."). They go when the shape says file
name: a unit that is nothing but bracketed names; or, at a unit's start or right after a word
with no space between, a bracketed name with no space in it that holds a digit, a hyphen or an
underscore beside a letter, as a file's name does and a word does not.

What stays, in any language: a bracketed word or phrase in running text after a space (an
editor's "[sic]", "[COVID-19]" inside a sentence, "[citation needed]"), a tag in capitals after a
headline ("... [VIDEO]"), a numbered marker ("[12]", read as lynx's links before this), a checkbox
("[x] Done") and a markdown link, whose brackets are followed by its target (read before this).
"""

from __future__ import annotations

import re

#: a unit that is only bracketed names, each with a letter ("[dims]", "[lazy_load][harbour-crane]"; not "[12]")
_ONLY_NAMES_RE = re.compile(r"^(?:\[(?=[^\s\[\]]*[^\W\d_])[^\s\[\]]{1,40}\]\s*)+$")
#: a bracketed name at the unit's start or glued to the word before it, with what makes it a
#: file's name: a digit, hyphen or underscore next to a letter (and not a link's label: no target after it)
_NAME_RE = re.compile(r"(?:^|(?<=\w))\[(?=[^\s\[\]]*[A-Za-z])(?=[^\s\[\]]*[\d_-])([^\s\[\]]{3,40})\](?![(\[:])\s*")


def drop_image_names(text: str) -> str:
    """`text` without w3m's file-name placeholders of pictures (see the module's docstring)."""
    if _ONLY_NAMES_RE.match(text):
        return ""
    return _NAME_RE.sub(_spaced, text)


def _spaced(match: re.Match[str]) -> str:
    """Nothing for a placeholder at the start; a space where it sat glued between two words."""
    start, end = match.span()
    return " " if start and end < len(match.string) else ""
