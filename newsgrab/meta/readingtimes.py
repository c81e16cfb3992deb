"""Reading times ("7 min read", "Lesezeit: 7 Min.") in one place, for the two readers of data/reading_times.toml.

A publishing platform prints the story's reading time beside its author's name, in the page's language.
The text path reads a line that is only a reading time as the mark of an author's card
(text/readtime.py); a byline reader cuts a label-first reading time out of the names it splits
(meta/namelabels.py: "Jane Doe Lesezeit 4 Minuten" names "Jane Doe"). Both patterns are built here
from the same words with the same spacing rules, so a word added to the data file reads the same way
in both.
"""

from __future__ import annotations

import re
from functools import cache

from newsgrab.data import load_toml, phrase_alternation

#: the most digits a reading time's number has ("7", "12", "120")
_NUMBER = r"\d{1,3}"


@cache
def _label_first() -> str:
    """A reading time written label first ("Lesezeit: 7 Min.", "Temps de lecture : 3 min"): a `before`
    phrase, an optional colon (full width too), a number and one of the `units`."""
    data = load_toml("reading_times.toml")
    return (rf"(?:{phrase_alternation(data['before'])})\s*[:：]?\s*{_NUMBER}\s*"
            rf"(?:{phrase_alternation(data['units'])})")


@cache
def reading_time_re() -> re.Pattern[str]:
    """A whole text that is one reading time: number first ("7 min read", "7분") or label first."""
    after = phrase_alternation(load_toml("reading_times.toml")["after"])
    return re.compile(rf"^(?:{_NUMBER}\s*(?:{after})|{_label_first()})$", re.IGNORECASE)


@cache
def labelled_reading_time_re() -> re.Pattern[str]:
    """A label-first reading time anywhere in a longer text, as whole words ("Jane Doe Lesezeit 4
    Minuten"); not "Lecture 4 of the course", whose number has no unit after it."""
    return re.compile(rf"(?<!\w){_label_first()}(?!\w)", re.IGNORECASE)
