"""The conjunctions that join a byline's names, gated by the page's language.

data/byline_words.toml lists each language's conjunctions ("and", "und", Czech "a", Polish "i",
Indonesian "dan"). A word that is a conjunction in one language is often an ordinary word in another:
Czech "a" is the English article and the Spanish preposition ("Thomas a Kempis", "Entrevista a Juan
Pérez"), Polish "i" a Roman numeral, "dan" an English given name. Split on every language's
conjunctions, "Thomas a Kempis" on an English page became two people.

So the *bound* conjunctions, the one-letter ones and the cased ones (a given name too: "dan"), join
names only on a page whose language lists them, where that language is known and has a table in
byline_words.toml (a language without one may use any of them: Slovak writes "a" as Czech does, and is
split as before). The other conjunctions ("and", "und", "oraz") are no ordinary word in another
language's byline and join names on every page, as before. Where the language is unknown (a text dump
whose words give no guess), every conjunction joins, as before.

The language is set for a stretch of reading with `byline_language` (the HTML path around its author
readers in meta/page.py, the text path around the text's readers in text/blocks.py) and read by the
byline splitters (meta/people.py) through `current_conjunctions`: a context variable, so the many
readers between need not pass it along, and each thread or task sees its own page's.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache

from newsgrab.data import load_toml

#: the language of the page being read: its primary subtag ("en", "cs"), or a guess asked on first need
#: (`_Pending`), None where unknown
_LANGUAGE: ContextVar[_Pending | str | None] = ContextVar("newsgrab_byline_language", default=None)


class _Pending:
    """A language guess asked the first time a byline holds a bound conjunction (the text path's guess
    reads the first thousands of characters, about a millisecond, which nine documents in ten never need)."""

    __slots__ = ("_done", "_guess", "_value")

    def __init__(self, guess: Callable[[], str | None]) -> None:
        self._guess = guess
        self._done = False
        self._value: str | None = None

    def value(self) -> str | None:
        if not self._done:
            self._value, self._done = _primary(self._guess()), True
        return self._value


@dataclass(frozen=True, slots=True)
class Conjunctions:
    """The conjunctions that join names on a page (lower case, longest first)."""

    #: those that join in any case ("and", "And", "AND")
    plain: tuple[str, ...]
    #: those that join in lower case only: one letter ("a", "i": "Nadia E. Corwin" is one name) or a
    #: given name too ("dan": "Dan Wirawan" is one name)
    lower_only: tuple[str, ...]
    #: the bound conjunctions of other languages than the page's: they join two full names only
    #: (`joined_full_names`), never a particle-like word inside one ("Thomas a Kempis")
    foreign: tuple[str, ...] = ()


def _primary(tag: str | None) -> str | None:
    """The primary subtag of a language tag ("en-GB" -> "en"), None for none."""
    if not tag:
        return None
    primary = tag.replace("_", "-").split("-", 1)[0].strip().lower()
    return primary or None


@contextmanager
def byline_language(tag: str | Callable[[], str | None] | None) -> Iterator[None]:
    """Read bylines inside this block as a page in language `tag` writes them (None: unknown; a
    callable: a guess, asked when a byline first needs it)."""
    token = _LANGUAGE.set(_Pending(tag) if callable(tag) else _primary(tag))
    try:
        yield
    finally:
        _LANGUAGE.reset(token)


#: how many times a reader has asked the page's language (`current_language`, `current_conjunctions`
#: with a language set): a memo of a line's verdict stores it only when no ask came between (text/header.py),
#: since a verdict that asked it holds for that language only (a one-element list: a counter mypyc keeps)
_ASKS = [0]


def language_asks() -> int:
    """The number of times the page's language has been asked so far (see `_ASKS`)."""
    return _ASKS[0]


def current_language() -> str | None:
    """The primary subtag set by the innermost `byline_language`, None outside one."""
    found = _LANGUAGE.get()
    if found is not None:
        _ASKS[0] += 1
    return found.value() if isinstance(found, _Pending) else found


def _sorted(words: set[str]) -> tuple[str, ...]:
    return tuple(sorted(words, key=lambda w: (-len(w), w)))


@lru_cache(maxsize=1)
def _tables() -> dict[str, tuple[frozenset[str], frozenset[str], frozenset[str]]]:
    """Per language table of byline_words.toml: (its conjunctions, its cased conjunctions, its bound
    conjunctions), lower case."""
    data = load_toml("byline_words.toml")
    return {lang: (_words(table, "conjunctions"), _words(table, "cased_conjunctions"),
                   _words(table, "bound_conjunctions"))
            for lang, table in data.items() if isinstance(table, dict)}


def _words(table: dict[str, list[str]], key: str) -> frozenset[str]:
    return frozenset(w.lower() for w in table.get(key, ()))


def is_bound(word: str, cased: bool) -> bool:
    """Whether a conjunction joins names only on a page of its own language: one letter, or cased."""
    return cased or len(word) == 1


@lru_cache(maxsize=64)
def conjunctions_for(language: str | None) -> Conjunctions:
    """The conjunctions that join names on a page in `language` (a primary subtag; None: unknown).

    The listed `bound_conjunctions` (Latvian "un", an article in French and Spanish) are bound on a
    page of unknown language too: added after the others, they change nothing there but two full
    names' joins."""
    tables = _tables()
    plain: set[str] = set()
    lower_only: set[str] = set()
    foreign: set[str] = set()
    own = tables.get(language) if language else None
    for table in tables.values():
        for word in table[0] | table[1]:
            if not is_bound(word, word in table[1]):
                plain.add(word)
            elif own is None or word in own[0] or word in own[1]:
                lower_only.add(word)
            else:
                foreign.add(word)
        for word in table[2]:
            (lower_only if own is not None and word in own[2] else foreign).add(word)
    return Conjunctions(plain=_sorted(plain), lower_only=_sorted(lower_only), foreign=_sorted(foreign - lower_only))


def current_conjunctions(text: str | None = None) -> Conjunctions:
    """The conjunctions that join names on the page being read (`byline_language`). Given the byline
    `text`, the language is asked only when it holds a bound conjunction: without one every language's
    list splits it alike."""
    found = _LANGUAGE.get()
    if isinstance(found, _Pending):
        if text is not None and _any_bound_re().search(text) is None:
            return conjunctions_for(None)
        _ASKS[0] += 1
        return conjunctions_for(found.value())
    if found is not None:
        _ASKS[0] += 1
    return conjunctions_for(found)


@lru_cache(maxsize=1)
def _any_bound_re() -> re.Pattern[str]:
    """Any bound conjunction as a lower-case word (`conjunctions_for(None)`'s bound ones)."""
    unknown = conjunctions_for(None)
    return re.compile(rf"\b(?:{'|'.join(re.escape(w) for w in (*unknown.lower_only, *unknown.foreign))})\b")


#: what parts a byline before its conjunctions are read (`split_authors`' punctuation)
_PART_EDGE_RE = re.compile(r"[,;|&/•·]")
#: capitalised words; fewer on a side of a foreign conjunction is no full name ("Thomas a Kempis")
MIN_FULL_NAME_WORDS = 2


@lru_cache(maxsize=64)
def _foreign_re(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"\s(?:{'|'.join(re.escape(w) for w in words)})\s")


def _full_name(words: list[str]) -> bool:
    """Two or more capitalised words, the first and the last capitalised ("María de la Cruz")."""
    return (bool(words) and words[0][:1].isupper() and words[-1][:1].isupper()
            and sum(w[:1].isupper() for w in words) >= MIN_FULL_NAME_WORDS)


def joined_full_names(text: str, conjunctions: Conjunctions) -> str:
    """`text` with "&" for each bound conjunction of another language that stands between two full
    names ("Nora Vale a Piet Marrow", "Autorzy: Nora Vale i Piet Marrow" on a page that declares English
    by its template's default or a text whose first words are an English menu): two whole names on each
    side are a list of people in any language. A one-word side is a particle's place, where the page's
    own language reads the word ("Thomas a Kempis", "Entrevista a Juan Pérez": one phrase).

    A side runs to the nearest part edge (a comma, a bar: `_PART_EDGE_RE`); after the conjunction it
    stops at the next foreign conjunction too. One pass (s46-fuzz): the part before each conjunction
    is counted on from the one before it, not read again from its edge, and the part after is read up
    to the next conjunction only; read again for each, a byline of 2,000 names joined by another
    language's "a" took 1.2 s (a `<meta name="author">` on a page), 4,000 names 5 s."""
    if not conjunctions.foreign:
        return text
    pattern = _foreign_re(conjunctions.foreign)
    if pattern.search(text) is None:
        return text
    edges = [edge.start() for edge in _PART_EDGE_RE.finditer(text)]
    out: list[str] = []
    last = 0
    before = _Side()
    for found in pattern.finditer(text):
        edge = bisect_left(edges, found.start())
        before.read_to(text, edges[edge - 1] + 1 if edge else 0, found.start())
        stop = edges[bisect_left(edges, found.end())] if edges and edges[-1] >= found.end() else len(text)
        after: list[str] = []
        for word in _WORD_RE.finditer(text, found.end(), stop):
            if pattern.search(f" {word.group()} "):
                break
            after.append(word.group())
        if before.full_name() and _full_name(after):
            out.append(text[last:found.start()] + " & ")
            last = found.end()
    return "".join(out) + text[last:]


#: a word: what `str.split()` parts
_WORD_RE = re.compile(r"\S+")


class _Side:
    """The words of a byline's part from its edge to a conjunction (`joined_full_names`), counted on as
    the conjunctions follow: its first word, its last, and how many are capitalised."""

    __slots__ = ("capitals", "end", "first", "last", "start")

    def __init__(self) -> None:
        self.start = self.end = -1
        self.first = self.last = ""
        self.capitals = 0

    def read_to(self, text: str, start: int, end: int) -> None:
        """The part `text[start:end]`: counted on from the last one when it starts at the same edge
        (`end` and the last end stand at a space: a conjunction's pattern opens on one)."""
        if start != self.start:
            self.start, self.end, self.first, self.last, self.capitals = start, start, "", "", 0
        for word in _WORD_RE.finditer(text, self.end, end):
            self.first = self.first or word.group()
            self.last = word.group()
            self.capitals += word.group()[:1].isupper()
        self.end = end

    def full_name(self) -> bool:
        """`_full_name` of the part's words."""
        return (self.first[:1].isupper() and self.last[:1].isupper()
                and self.capitals >= MIN_FULL_NAME_WORDS)
