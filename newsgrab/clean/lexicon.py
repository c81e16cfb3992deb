"""The notice-cue word lists (newsgrab/data/notice_cues.toml), loaded once: the one reader of that file.

A `Vocabulary` holds, for one language or for all of them at once, the words the notice cues look
for, each list as a `WordSet` that answers "does this block hold one of these words" from the block's
tokens in a few set operations. A page whose language is known gets its language's words plus
English (notices in English on pages in other languages are common); any other page gets every
language's words except the few that one language would misread in another (listed under `ambiguous`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from operator import itemgetter

from newsgrab.data import load_toml
from newsgrab.memo import Memo
from newsgrab.whitespace import ascii_word_runs

#: a word as the cues see it: letters and digits (any script); "©" is a word of its own, and so is
#: the circled "ⓒ" that Korean and Japanese sites write it as ("저작권자 ⓒ ...", a symbol, not \w)
WORD_RE = re.compile(r"\w+|[©ⓒ]")
#: lists of the file that are not word lists
_SENTENCE_KEYS = ("_example", "_negative")
#: the categories of `actions` that call the reader to act (the others name a notice's topic)
CALL_CATEGORIES = ("donation", "newsletter", "follow", "share", "comments", "contact", "download")
#: removal category (model.REMOVAL_CATEGORIES) of each action list whose name is not one already
ACTION_REMOVAL_CATEGORY = {"download": "advertisement"}
#: the page's language always brings these words too
BASE_LANGUAGE = "en"


def words_of(text: str) -> list[str]:
    """`text` case-folded and cut into words, as every list is matched."""
    return folded_words(text.casefold())


def folded_words(folded: str) -> list[str]:
    """`WORD_RE`'s words of case-folded text. In ASCII text, which holds neither sign, they are its
    runs of a-z, 0-9 and "_", cut without a regex (`ascii_word_runs`)."""
    return ascii_word_runs(folded) if folded.isascii() else WORD_RE.findall(folded)


@dataclass(frozen=True, slots=True)
class WordSet:
    """Whole words, word prefixes ("abonn*") and phrases, matched against a block's words."""

    words: frozenset[str]
    prefixes: tuple[str, ...]
    #: phrases by their first word, each as its tuple of words
    phrases: Mapping[str, tuple[tuple[str, ...], ...]]

    @classmethod
    def of(cls, entries: Iterable[str]) -> WordSet:
        words: set[str] = set()
        prefixes: set[str] = set()
        phrases: dict[str, set[tuple[str, ...]]] = {}
        for entry in entries:
            prefix = entry.endswith("*")
            parts = tuple(words_of(entry[:-1] if prefix else entry))
            if not parts:
                continue
            if prefix and len(parts) == 1:
                prefixes.add(parts[0])
            elif len(parts) == 1:
                words.add(parts[0])
            else:
                phrases.setdefault(parts[0], set()).add(parts)
        return cls(frozenset(words), tuple(sorted(prefixes)),
                   {first: tuple(sorted(found)) for first, found in phrases.items()})

    def first_hit(self, words: list[str], present: Collection[str]) -> str | None:
        """One of these words (or phrases) the block holds, else None: the earliest whole word,
        else the earliest word a prefix opens, else the phrase that starts earliest. `present` is
        set(words), or `words` itself for a caller that has no set of them (a set built for one
        lookup costs more than the lookup)."""
        found = self.words.intersection(present)
        if found:
            return min(found, key=words.index)
        if self.prefixes:
            for word in words:
                if word.startswith(self.prefixes):
                    return word
        if not self.phrases:  # no phrase to look for: the block's words need not be walked again
            return None
        for first in sorted(self.phrases.keys() & present, key=words.index):
            for phrase in self.phrases[first]:
                if _holds(words, phrase):
                    return " ".join(phrase)
        return None

    def holds(self, words: list[str], present: Collection[str]) -> bool:
        """Whether the block holds one of these words (or phrases): `first_hit(...) is not None`, without
        ordering what it holds to find the earliest (`PageFacts.names_in` asks of every block read)."""
        if not self.words.isdisjoint(present):
            return True
        if self.prefixes:
            for word in words:
                if word.startswith(self.prefixes):
                    return True
        if not self.phrases:
            return False
        for first in self.phrases.keys() & present:
            for phrase in self.phrases[first]:
                if _holds(words, phrase):
                    return True
        return False

    def is_word(self, word: str) -> bool:
        """Whether `word` alone is one of these words or opens with one of the prefixes: `opens([word])`
        (a phrase has two words or more), without the list."""
        return word in self.words or bool(self.prefixes and word.startswith(self.prefixes))

    def opens(self, words: list[str]) -> bool:
        """Whether `words` open with one of these words (or phrases)."""
        if not words:
            return False
        first = words[0]
        if first in self.words or (self.prefixes and first.startswith(self.prefixes)):
            return True
        return any(tuple(words[: len(phrase)]) == phrase for phrase in self.phrases.get(first, ()))


@dataclass(frozen=True, slots=True)
class PrefixIndex:
    """Word prefixes ("abonn", "subscri") by their first `size` characters (the shortest prefix's
    length): `words` finds the words of a block that open with one of them.

    A regex alternation of the prefixes scans a block's text letter by letter, trying at each the
    branches that open with it (some 30 µs a block with the all-languages vocabulary's hundred
    prefixes, the largest share of `Vocabulary.hits`); cut to their first `size` characters, the
    block's distinct words meet the prefixes' heads in one set test, and only the words whose head
    is one are tested whole (a block in three holds such a word)."""

    size: int
    #: the prefixes, by their first `size` characters
    by_head: Mapping[str, tuple[str, ...]]
    heads: frozenset[str]
    #: a word's first `size` characters (`operator.itemgetter` of a slice: no Python call a word)
    head_of: Callable[[str], str]

    @classmethod
    def of(cls, prefixes: Collection[str]) -> PrefixIndex | None:
        """The index of `prefixes` (words, case-folded), or None when there are none."""
        if not prefixes:
            return None
        size = min(map(len, prefixes))
        by_head: dict[str, list[str]] = {}
        for prefix in sorted(prefixes):
            by_head.setdefault(prefix[:size], []).append(prefix)
        return cls(size, {head: tuple(found) for head, found in by_head.items()}, frozenset(by_head),
                   itemgetter(slice(0, size)))

    def words(self, present: Iterable[str]) -> list[str]:
        """The words of `present` (a block's words, or their set) that open with a prefix, in their order."""
        if self.heads.isdisjoint(map(self.head_of, present)):
            return []  # (most blocks: no word opens as a prefix does)
        size, by_head = self.size, self.by_head
        return [word for word in present if (found := by_head.get(word[:size])) and word.startswith(found)]


#: prefixes a list may have for a block to be tested for each of them (`in`) before its words are
#: (`PrefixIndex.words`): most blocks hold none, and a few substring tests cost less than the cut
MAX_PREFIX_TESTS = 8


def _needs(prefixes: list[str]) -> tuple[str, ...] | None:
    """The texts one of which a text must hold for a word of it to open with one of `prefixes` (the
    prefixes themselves), or None (test nothing first) when there
    are more than `MAX_PREFIX_TESTS`: the all-languages vocabulary's hundred cost more than the scan."""
    return tuple(prefixes) if len(prefixes) <= MAX_PREFIX_TESTS else None


def _holds_any(text: str, needs: tuple[str, ...] | None) -> bool:
    """Whether `text` holds one of `needs` (True when there is nothing to test)."""
    return needs is None or any(map(text.__contains__, needs))  # no generator: this runs on every block read


def _holds_apart(words: list[str], phrase: tuple[str, ...]) -> bool:
    """Whether `words` hold the two-word `phrase` with one to `MAX_PHRASE_GAP` words between its two."""
    first, second = phrase
    return any(word == first and second in words[at + 2 : at + 2 + MAX_PHRASE_GAP] for at, word in enumerate(words))


def _holds(words: list[str], phrase: tuple[str, ...]) -> bool:
    size = len(phrase)
    start = -1
    while True:
        try:
            start = words.index(phrase[0], start + 1)
        except ValueError:
            return False
        if tuple(words[start : start + size]) == phrase:
            return True


class Vocabulary:
    """The words of the notice cues for one page's language (or all languages).

    Every list is a `WordSet` under its name ("reader", "we", "provenance", ..., and "action:<category>"
    for the lists of `actions`, calls to act first). `hits` finds in one pass over a block's words
    which lists it holds a word of: each distinct word is looked up once per process (a bounded memo),
    since pages share most of their words.
    """

    __slots__ = ("_evidence_index", "_evidence_needs", "_evidence_words", "_exact", "_known", "_memo", "_phrases",
                 "_prefix_index", "_prefix_needs", "_prefixes", "lists", "reader_cased", "reader_cased_folded",
                 "topics")

    def __init__(self, lists: Mapping[str, WordSet], reader_cased: frozenset[str]) -> None:
        self.lists = dict(lists)
        #: the names of the `actions` lists that name a notice's topic rather than call to act
        self.topics = frozenset(name for name in self.lists
                                if name.startswith(ACTION_PREFIX) and name[len(ACTION_PREFIX):] not in CALL_CATEGORIES)
        #: second-person words that count only as written, not opening a sentence ("Sie", "Ihr")
        self.reader_cased = reader_cased
        self.reader_cased_folded = frozenset(word.casefold() for word in reader_cased)
        exact: dict[str, set[str]] = {}
        prefixes: dict[int, dict[str, set[str]]] = {}
        phrases: dict[str, list[tuple[str, tuple[str, ...], frozenset[str]]]] = {}
        for name, wordset in self.lists.items():
            if name in HELPER_LISTS:
                continue
            for word in wordset.words:
                exact.setdefault(word, set()).add(name)
            for prefix in wordset.prefixes:
                prefixes.setdefault(len(prefix), {}).setdefault(prefix, set()).add(name)
            for first, listed in wordset.phrases.items():
                phrases.setdefault(first, []).extend((name, phrase, frozenset(phrase)) for phrase in listed)
        self._exact = {word: tuple(sorted(names)) for word, names in exact.items()}
        self._prefixes = {size: {p: tuple(sorted(n)) for p, n in found.items()} for size, found in prefixes.items()}
        self._phrases = {first: tuple(listed) for first, listed in phrases.items()}
        self._memo: Memo[str, _Entry | None] = Memo(self._lookup, MAX_REMEMBERED_WORDS)
        #: the words a list holds whole or opens a phrase with, and the words its prefixes open:
        #: a block's words meet them in one set operation and one test of their heads (`PrefixIndex`)
        self._known = frozenset(self._exact) | frozenset(self._phrases)
        every_prefix = sorted({p for found in prefixes.values() for p in found})
        self._prefix_index = PrefixIndex.of(every_prefix)
        self._prefix_needs = _needs(every_prefix)
        #: the words (and phrase openings, and prefixes) of the lists that make a block a notice
        #: candidate (`holds_evidence`)
        evidence = [wordset for name, wordset in self.lists.items()
                    if name in EVIDENCE_LISTS or name.startswith(ACTION_PREFIX)]
        self._evidence_words = frozenset(w for ws in evidence for w in (*ws.words, *ws.phrases))
        evidence_prefixes = sorted({p for ws in evidence for p in ws.prefixes})
        self._evidence_index = PrefixIndex.of(evidence_prefixes)
        self._evidence_needs = _needs(evidence_prefixes)

    def _lookup(self, word: str) -> _Entry | None:
        """(word, the lists it is in, the phrases it opens), or None for a word of no list."""
        names = set(self._exact.get(word, ()))
        for size, found in self._prefixes.items():
            if len(word) >= size:
                names.update(found.get(word[:size], ()))
        phrases = self._phrases.get(word, ())
        return (word, tuple(sorted(names)), phrases) if names or phrases else None

    def holds_evidence(self, words: list[str], folded: str) -> bool:
        """Whether the block holds a word of a list that marks a notice (`EVIDENCE_LISTS` and the
        `actions`): without one, none of the word cues but the reader's and reported speech fires."""
        if not self._evidence_words.isdisjoint(words):
            return True
        return (self._evidence_index is not None and _holds_any(folded, self._evidence_needs)
                and bool(self._evidence_index.words(words)))

    def hits(self, words: list[str], present: frozenset[str] | None = None, folded: str | None = None
             ) -> dict[str, str]:
        """{list name: the first word (or phrase) of it the block holds, in the block's order} for
        every list it holds one of (but `HELPER_LISTS`). `present` is set(words) and `folded` the case-folded text the
        words come from, when the caller has them."""
        found: dict[str, str] = {}
        if present is None:
            present = frozenset(words)
        listed = present & self._known
        if self._prefix_index is not None:
            text = " ".join(present) if folded is None else folded
            if _holds_any(text, self._prefix_needs):
                listed = listed.union(self._prefix_index.words(present))
        if not listed:
            return found
        ordered = sorted(listed, key=words.index) if len(listed) > 1 else listed
        for word, names, phrases in filter(None, map(self._memo.__getitem__, ordered)):
            for name in names:
                if name not in found:
                    found[name] = word
            for name, phrase, needed in phrases:
                if name not in found and needed.issubset(present) and (_holds(words, phrase) or (
                        name in GAPPED_LISTS and len(phrase) == 2 and _holds_apart(words, phrase))):
                    found[name] = " ".join(phrase)
        return found

    def __getitem__(self, name: str) -> WordSet:
        return self.lists[name]


#: a phrase of a list: (list name, its words, the set of them)
_Phrase = tuple[str, tuple[str, ...], frozenset[str]]
#: what a vocabulary knows of a word: (the word, the lists it is in, the phrases it opens)
_Entry = tuple[str, tuple[str, ...], tuple[_Phrase, ...]]
#: distinct words whose lists a vocabulary remembers (pages share most of their words)
MAX_REMEMBERED_WORDS = 50_000
#: the lists of every language section (beside `actions` and `reader_cased`)
LISTS = ("reader", "we", "this", "publisher", "provenance", "source_labels", "article_nouns", "name_openers",
         "bio_verbs", "bio_topics", "professions", "attribution")
#: the lists (beside every `actions` list) a block needs a word of for a word cue other than
#: `reader-address` and `reported-speech` to fire
EVIDENCE_LISTS = frozenset({"publisher", "provenance", "source_labels", "professions", "bio_topics", "article_nouns"})
#: lists the cues read directly, next to a hit of another list ("appeared *in* X", a name and
#: then "is"): `hits` leaves them out, so common words cost a block nothing
HELPER_LISTS = frozenset({"name_openers", "bio_verbs"})
ACTION_PREFIX = "action:"
#: the lists whose two-word phrases a block holds also with words between ("schreibt seit 25 Jahren über",
#: "écrit depuis vingt ans sur", "writes mostly about"): a verb and its preposition, which a sentence
#: parts with an adverb of time or place in every language of the lists
GAPPED_LISTS = frozenset({"bio_topics"})
#: words such a phrase may hold between its two
MAX_PHRASE_GAP = 4


@cache
def notice_cue_data() -> dict[str, object]:
    """The parsed data file, by language (read once per process)."""
    return load_toml("notice_cues.toml")


def _vocabulary(languages: tuple[str, ...], with_ambiguous: bool) -> Vocabulary:
    data = notice_cue_data()
    sections: list[dict[str, object]] = [section for language in languages
                                         if isinstance(section := data[language], dict)]

    categories: dict[str, list[str]] = {}
    for section in sections:
        actions = section.get("actions", {})
        if isinstance(actions, dict):
            for category, listed in actions.items():
                categories.setdefault(category, []).extend(_section_strings(section, listed, with_ambiguous))
    ordered = [c for c in CALL_CATEGORIES if c in categories]
    ordered += sorted(c for c in categories if c not in CALL_CATEGORIES)
    lists = {key: WordSet.of(_entries(sections, key, with_ambiguous)) for key in LISTS}
    lists.update({ACTION_PREFIX + category: WordSet.of(categories[category]) for category in ordered})
    return Vocabulary(lists, frozenset(_entries(sections, "reader_cased", with_ambiguous)))


def _section_strings(section: dict[str, object], value: object, with_ambiguous: bool) -> list[str]:
    """The strings of one list of a language's section, less its `ambiguous` words unless asked for.
    (Module functions, not nested in `_vocabulary`: compiled by mypyc, a nested function and its
    caller's environment hold each other, a cycle left for the cyclic collector.)"""
    found = _strings(value)
    if with_ambiguous:
        return found
    ambiguous = set(_strings(section.get("ambiguous", ())))
    return [word for word in found if word not in ambiguous]


def _entries(sections: list[dict[str, object]], key: str, with_ambiguous: bool) -> list[str]:
    """The strings listed under `key` in every section, in order."""
    return [word for section in sections for word in _section_strings(section, section.get(key, ()), with_ambiguous)]


def _strings(value: object) -> list[str]:
    return [item for item in value if isinstance(item, str)] if isinstance(value, list) else []


def languages() -> tuple[str, ...]:
    """The languages the data file covers."""
    return tuple(sorted(k for k, v in notice_cue_data().items() if isinstance(v, dict)))


#: vocabularies kept per process: one per page language met, plus the all-languages one
MAX_VOCABULARIES = 32
_VOCABULARIES: Memo[str | None, Vocabulary] = Memo(
    lambda language: _vocabulary((BASE_LANGUAGE, language), True) if language and language != BASE_LANGUAGE
    else _vocabulary((BASE_LANGUAGE,), True) if language else _vocabulary(languages(), False),
    MAX_VOCABULARIES,
)


def vocabulary(language: str | None) -> Vocabulary:
    """The vocabulary for a page in `language` (a BCP 47 tag or None): its language's words and
    English when the data file has the language, every language's otherwise."""
    primary = (language or "").split("-")[0].lower()
    return _VOCABULARIES[primary if primary in notice_cue_data() else None]


@cache
def platforms() -> frozenset[str]:
    """Social networks and apps by name (the data file's `platforms`)."""
    return frozenset(_strings(notice_cue_data().get("platforms", ())))


def examples() -> dict[str, dict[str, str]]:
    """Each language's example sentences (`<cue>_example`, `<cue>_negative`), for the tests."""
    data = notice_cue_data()
    return {language: {k: v for k, v in section.items() if isinstance(v, str) and k.endswith(_SENTENCE_KEYS)}
            for language in languages() if isinstance(section := data[language], dict)}
