"""A line that holds an empty form field as a converter prints it: a form's line, not a headline.

w3m prints a search box or a sign-up box as brackets around the box's width in blanks ("Enter Search
Terms [          ] Search"), a check box as "[ ]"; lynx prints the box as underscores. The words
beside the field are a label and a button, a few capitalised words in a headline's shape above the
story, and w3m prints no heading marks that would set the headline apart; on the tune half such lines
are headline candidates on 20-odd sites and never the headline. The field's print is the cue, in any
language: the patterns live in data/form_fields.toml; titleshape.title_like asks it of a line that
holds a bracket or two underscores, the two characters every field is printed with.
"""

from __future__ import annotations

import re
from functools import cache

from newsgrab.data import load_toml


@cache
def _pattern() -> re.Pattern[str]:
    """Any field pattern of data/form_fields.toml; read once."""
    return re.compile("|".join(f"(?:{pattern})" for pattern in load_toml("form_fields.toml")["patterns"]))


def holds_form_field(text: str) -> bool:
    """Whether a line holds an empty form field ("Search [          ] Go", "[ ] Remember me",
    "Search ____"); not a headline's tag in brackets ("... [UPDATED]")."""
    return ("[" in text or "__" in text) and _pattern().search(text) is not None
