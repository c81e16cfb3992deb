"""A line that ends with a link's note for screen readers ("(opens in a new window)"): a link's label.

Pages add to a link the words a screen reader says of where it opens, hidden from sight; a converter
prints them in brackets at the end of the link's line. A share link's label repeats the headline
before its note ("<headline> on x (opens in a new window)", four times over) and a video player's
buttons carry one ("Playing in picture-in-picture (opens a new window)"): both stand in a headline's
shape above the story, where the ranking's height, length and echo reward them. The note is the cue,
in any language the page is written in: the notes live in data/link_notes.toml; title.py reads the
cue of its candidates only, as the `link_note` fact.
"""

from __future__ import annotations

import re
from functools import cache

from newsgrab.data import load_toml, phrase_alternation


@cache
def _pattern() -> re.Pattern[str]:
    """A note of data/link_notes.toml in brackets, any spacing inside, ending the line; read once."""
    spaced = phrase_alternation(load_toml("link_notes.toml")["notes"])
    return re.compile(rf"[(\[]\s*(?:{spaced})\s*[)\]]\s*$", re.IGNORECASE)


def ends_with_link_note(text: str) -> bool:
    """Whether a line ends with a link's note in brackets ("... (opens in a new window)")."""
    return text.endswith((")", "]")) and _pattern().search(text) is not None
