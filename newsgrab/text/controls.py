"""The words of a page's controls that a converter prints as a name-shaped line beside the headline.

A button or a label ("Social Sharing", "Close Alert", "Open Navigation Menu", "Today's Most Read")
is two to four capitalised words on a line of its own, the shape of a bare byline, and the text path
reads a bare name next to the headline as its author when nothing labelled names one. The HTML path
does not meet them (it reads bylines from elements), so the words live in a data file of the text
path, data/control_words.toml, and are read only where a line's names are (text/byline.py).
"""

from __future__ import annotations

import re
from functools import cache

from newsgrab.data import load_toml, phrase_alternation


@cache
def control_re() -> re.Pattern[str]:
    """The pattern of any control word as whole words (data/control_words.toml, read once per process)."""
    alternation = phrase_alternation(load_toml("control_words.toml")["words"])
    return re.compile(rf"(?<!\w)(?:{alternation})(?!\w)", re.IGNORECASE)


def names_a_control(name: str) -> bool:
    """Whether a name-shaped part holds a control's word ("Social Sharing", "Open Navigation Menu");
    not a person's name that holds its letters ("Mara Menuhin")."""
    return control_re().search(name) is not None
