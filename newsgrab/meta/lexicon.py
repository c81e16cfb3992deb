"""Word lists kept as data (newsgrab/data/*.toml), loaded once: the one home of each vocabulary.

`DATE_LABELS` are the words that label a date ("Updated", "Aktualisiert", "Publié le", ...); every
reader of datelines, bylines and text headers takes them from here, so a language added to the
file is read everywhere at once.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources


@dataclass(frozen=True, slots=True)
class DateLabels:
    """Date labels of every language, longest first (so "last updated" is tried before "updated")."""

    modified: tuple[str, ...]
    published: tuple[str, ...]

    def alternation(self, *, modified: bool = True, published: bool = True) -> str:
        """A regex alternation of the labels (escaped, longest first), for use inside a larger pattern."""
        words = (self.modified if modified else ()) + (self.published if published else ())
        if not words:  # an empty alternation would match everywhere
            raise ValueError("no date labels selected")
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))

    def is_modified(self, label: str) -> bool:
        """True when `label` (any case, spaces folded) says the date is a modification date."""
        return " ".join(label.lower().split()) in self.modified


@cache
def date_labels() -> DateLabels:
    """The labels of data/date_labels.toml (read once per process)."""
    text = resources.files("newsgrab.data").joinpath("date_labels.toml").read_text(encoding="utf-8")
    data = tomllib.loads(text)

    def words(section: str) -> tuple[str, ...]:
        found = {w.lower() for language in data[section].values() for w in language}
        return tuple(sorted(found, key=lambda w: (-len(w), w)))

    return DateLabels(modified=words("modified"), published=words("published"))
