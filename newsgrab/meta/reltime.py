"""Relative times ("2 hours ago", "vor 3 Stunden", "před 2 hodinami"): a theme's time stamp after a name.

Themes print the age of a story beside its author's name instead of a date, in the page's language.
Nothing after one is a name, so the byline cleaner cuts there (meta/people.py); a name with one after
it is a byline's shape (text/byline.py). The words of every language are data
(data/relative_times.toml), so a language is added there, not here.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from newsgrab.data import load_toml, phrase_alternation

#: digits of the number at most ("2 hours ago"; a year's four digits are a date, not an age)
MAX_NUMBER_DIGITS = 3


def _spaced(char: str) -> bool:
    """Whether a word ending in `char` ends where a letter stops (a script written with spaces
    between words); "前" in "3小时前发布" ends a relative time with a letter after it."""
    return char.isalpha() and not unicodedata.name(char, "").startswith(("CJK", "HIRAGANA", "KATAKANA"))


def _form(form: str, number: str, units: str) -> str:
    """One form of data/relative_times.toml as a pattern: the number and its unit in place (written
    together or apart), a space as any run of spaces, a word's edge where the form starts or ends
    with a spaced script's letter or with the number or unit."""
    pieces = re.split(r"(\{n\}|\{unit\}| )", form.replace("{n} {unit}", "{n}{unit}"))
    parts = {"{n}": rf"(?:{number})\s*" , "{unit}": rf"(?:{units})", " ": r"\s+"}
    body = "".join(parts.get(piece, re.escape(piece)) for piece in pieces)
    head = r"(?<!\w)" if form.startswith("{") or _spaced(form[0]) else ""
    tail = r"(?![^\W\d_])" if form.endswith("}") or _spaced(form[-1]) else ""
    return head + body + tail


@cache
def relative_time_pattern() -> str:
    """Every language's relative time as one regex alternation, to be matched case-insensitively
    (data/relative_times.toml, read once per process)."""
    data = load_toml("relative_times.toml")
    forms: list[str] = []
    for language in data.values():
        ones = f"|(?:{phrase_alternation(language['one'])})\\s" if language["one"] else ""
        number = rf"\d{{1,{MAX_NUMBER_DIGITS}}}" + ones
        units = phrase_alternation(language["units"])
        forms.extend(_form(form, number, units) for form in language["forms"])
    return "|".join(f"(?:{form})" for form in forms)


@cache
def relative_time_re() -> re.Pattern[str]:
    """The compiled `relative_time_pattern`, case-insensitive."""
    return re.compile(relative_time_pattern(), re.IGNORECASE)


@cache
def _one_words() -> frozenset[str]:
    return frozenset(word for language in load_toml("relative_times.toml").values() for word in language["one"])


@cache
def _tail_re() -> re.Pattern[str]:
    return re.compile(rf"(?:{relative_time_pattern()}).*$", re.IGNORECASE)


def without_relative_time(text: str) -> str:
    """`text` up to a relative time ("Jane Doe vor 3 Stunden, Berlin" -> "Jane Doe "). Only a text with a
    digit or a word for one ("an hour ago") is searched: most bylines hold neither, and the pattern's
    forms are tried at every position."""
    if not any(char.isdigit() for char in text) and _one_words().isdisjoint(text.casefold().split()):
        return text
    return _tail_re().sub(" ", text)


def is_relative_time(text: str) -> bool:
    """Whether `text` is a relative time and nothing else ("2 hours ago", "vor 3 Stunden")."""
    return relative_time_re().fullmatch(text.strip()) is not None
