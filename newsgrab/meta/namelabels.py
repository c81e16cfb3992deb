"""What a byline prints around its names that is no name: a label before a colon, degrees and a reading time.

`people.split_authors` knows the labels of the languages in data/byline_words.toml; a byline in another
language, or with a label nobody listed ("Autorzy: Jan Kowalski i Anna Nowak", "Reporter: Jane Doe and
John Roe"), is read by shape: a short run of words then a colon at the start is a label in any
language. Post-nominal letters ("Jane Doe, PhD", "John Roe, MD, MPH") are data (data/post_nominals.toml):
split off by the comma, each would otherwise read as a second author.
"""

from __future__ import annotations

import re
from functools import cache

from newsgrab.data import load_toml
from newsgrab.meta.dates import has_digit
from newsgrab.meta.nameparts import MIN_FULL_NAME_WORDS
from newsgrab.meta.readingtimes import labelled_reading_time_re

#: a label and its colon at a byline's start: a word of letters, up to two lower-case words of letters
#: after it ("Reported by:", "Temps de lecture :"), a colon (full width too: "著者："), a letter after it.
#: A name opens no byline so: "Jane Doe: ..." has two capitalised words.
_COLON_LABEL_RE = re.compile(
    r"^\s*(?P<label>[^\W\d_][^\W\d_'’.-]*(?:\s+(?-i:[a-zß-ÿ][^\W\d_'’-]*)){0,2})\s*[:：]\s*(?=[^\W\d_])"
)


@cache
def _credit_labels() -> frozenset[str]:
    """The labels of a picture's credit in every language of data/credit_words.toml ("photo", "foto")."""
    data = load_toml("credit_words.toml")["labels"]
    return frozenset(w.casefold() for words in data.values() for w in words)


def colon_label(text: str) -> re.Match[str] | None:
    """The label and its colon at the start of a byline ("Autorzy: ", "Reporter: "), or None. A picture's
    credit label ("Foto: Karla Meinert") names a photographer, no author, and is no byline label."""
    found = _COLON_LABEL_RE.match(text)
    if found is None or found["label"].casefold() in _credit_labels():
        return None
    return found


@cache
def _post_nominals() -> frozenset[str]:
    return frozenset(load_toml("post_nominals.toml")["letters"])


def is_post_nominal(word: str) -> bool:
    """Whether a word is a degree, licence or honour written after a name ("PhD", "M.D.", "MSc"); case
    counts ("Md", a given name, is none)."""
    return word.replace(".", "") in _post_nominals()


def without_post_nominals(name: str) -> str:
    """The name without the post-nominal letters after it: "Jane Doe PhD" -> "Jane Doe"; "" when the
    part is only such letters ("PhD", "MS RD"). A name keeps its first two words whatever they are."""
    words = name.split()
    if words and all(is_post_nominal(w) for w in words):
        return ""
    while len(words) > MIN_FULL_NAME_WORDS and is_post_nominal(words[-1]):
        words.pop()
    return " ".join(words)


def without_reading_time(byline: str) -> str:
    """The byline with a label-first reading time made a break between parts: "Jane Doe Lesezeit 4
    Minuten" -> "Jane Doe | ". Its label holds no digit, so the digit cut after a name would keep it."""
    return labelled_reading_time_re().sub(" | ", byline) if has_digit(byline) else byline
