"""Word lists kept as data (newsgrab/data/*.toml), loaded once: the one home of each vocabulary.

- `date_labels()`: the words that label a date ("Updated", "Aktualisiert", "Publié le", ...);
- `calendar_words()`: month and weekday names ("Juli", "juillet", "июля", "lipca", ...);
- `byline_words()`: what surrounds names in a byline ("By", "und", "Follow", "기자", ...);
- `credit_history()`: the words that make a dated line another publication's credit ("originally",
  "zuerst", "initialement", "originalmente", "впервые", ...: provenance.toml's `history_words`).

Every reader of dates, datelines, bylines and text headers takes them from here, so a language
added to a file is read everywhere at once.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache

from newsgrab.data import load_toml, phrase_alternation


@dataclass(frozen=True, slots=True)
class DateLabels:
    """Date labels of every language, longest first (so "last updated" is tried before "updated")."""

    modified: tuple[str, ...]
    published: tuple[str, ...]
    #: the labels of no English table ("publié le", "veröffentlicht", "publicado el"): the languages that
    #: write a numeric date day first ("Publié le 05/04/2013" is 5 April), where English may be either
    day_first: frozenset[str] = frozenset()

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
    data = load_toml("date_labels.toml")

    def words(section: str) -> tuple[str, ...]:
        found = {w.lower() for language in data[section].values() for w in language}
        return tuple(sorted(found, key=lambda w: (-len(w), w)))

    english = {w.lower() for section in ("modified", "published") for w in data[section].get("en", ())}
    others = {w.lower() for section in ("modified", "published") for language, labels in data[section].items()
              if language != "en" for w in labels}
    return DateLabels(modified=words("modified"), published=words("published"), day_first=frozenset(others - english))


@dataclass(frozen=True, slots=True)
class CalendarWords:
    """Month and weekday names of every language (data/calendar_words.toml)."""

    #: every spelling of a month (lower case) -> its number, 1 to 12
    months: dict[str, int]
    #: weekday names (lower case) of every language
    weekdays: tuple[str, ...]
    #: the words a clock time follows in a stamp, every language ("at", "um", "à", "a las")
    clock_words: tuple[str, ...]
    #: the words a clock time is followed by, every language ("uhr", "uur")
    clock_suffixes: tuple[str, ...]
    #: the articles a date may follow after its weekday, every language ("the", "den")
    date_articles: tuple[str, ...]
    #: the words for "year" after a date's year, every language ("г.", "года", "r.", "roku")
    year_suffixes: tuple[str, ...] = ()
    #: the clock words and suffixes of the languages that write numeric dates day first only (every
    #: one without `numeric_month_first`): "à", "às", "um", "uhr", never English's "at"
    day_first_clock_words: tuple[str, ...] = ()

    def month_alternation(self) -> str:
        """The month names as a regex alternation (escaped, longest first), grouped by first letter."""
        return _by_first_letter(self.months)

    def weekday_alternation(self) -> str:
        """The weekday names as a regex alternation (escaped, longest first), grouped by first letter."""
        return _by_first_letter(self.weekdays)

    def clock_word_alternation(self) -> str:
        """The clock words as a regex alternation (escaped, longest first, a phrase's words joined by
        any spacing): one list for the date parser's time and the text path's dateline readers."""
        return phrase_alternation(self.clock_words)

    def clock_suffix_alternation(self) -> str:
        """The words after a clock time as a regex alternation ("Uhr" in "um 10.00 Uhr")."""
        return phrase_alternation(self.clock_suffixes)

    def year_suffix_alternation(self) -> str:
        """The words for "year" after a date's year as a regex alternation ("г." in "9 июля 2021 г.")."""
        return phrase_alternation(self.year_suffixes)

    def date_article_alternation(self) -> str:
        """The articles between a weekday and its date as a regex alternation ("the", "den")."""
        return phrase_alternation(self.date_articles)


def _by_first_letter(words: Iterable[str]) -> str:
    """`alternation(words)` with the words that share a first letter under one branch: "j(?:uly|an)".

    The same matches (within a branch the longest word is still tried first, and words with other first
    letters cannot match where it does), found faster: the regex engine tries a branch per letter at
    each position instead of every name of every language (17 languages' month names).
    """
    groups: dict[str, list[str]] = {}
    for word in sorted(words, key=lambda w: (-len(w), w)):
        groups.setdefault(word[0], []).append(word[1:])
    return "|".join(re.escape(first) + "(?:" + "|".join(re.escape(rest) for rest in rests) + ")"
                    for first, rests in sorted(groups.items()))


def alternation(words: Iterable[str]) -> str:
    """`words` as a regex alternation: each escaped, the longest first (so "e-mail" is tried before "mail")."""
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


#: months a year has: each language's `months` list must name exactly this many
MONTHS_A_YEAR = 12


@lru_cache(maxsize=1)
def calendar_words() -> CalendarWords:
    """The names of data/calendar_words.toml (read once per process). A spelling shared by two
    languages must name the same month in both ("mar" is March in English, Spanish and Italian)."""
    data = load_toml("calendar_words.toml")
    months: dict[str, int] = {}
    weekdays: set[str] = set()
    clock_words: set[str] = set()
    clock_suffixes: set[str] = set()
    date_articles: set[str] = set()
    year_suffixes: set[str] = set()
    day_first_clock: set[str] = set()
    for language, table in data.items():
        if len(table["months"]) != MONTHS_A_YEAR:
            raise ValueError(f"calendar_words.toml [{language}]: months must list {MONTHS_A_YEAR} entries")
        for number, spellings in enumerate(table["months"], start=1):
            for word in spellings.lower().split():
                if months.setdefault(word, number) != number:
                    raise ValueError(f"calendar_words.toml [{language}]: {word!r} names two months")
        weekdays.update(table["weekdays"].lower().split())
        clock_words.update(word.lower() for word in table.get("clock_words", ()))
        clock_suffixes.update(word.lower() for word in table.get("clock_suffixes", ()))
        date_articles.update(word.lower() for word in table.get("date_articles", ()))
        year_suffixes.update(word.lower() for word in table.get("year_suffixes", ()))
        if not table.get("numeric_month_first", False):
            day_first_clock.update(word.lower() for key in ("clock_words", "clock_suffixes")
                                   for word in table.get(key, ()))
    return CalendarWords(months=months, weekdays=tuple(sorted(weekdays)), clock_words=tuple(sorted(clock_words)),
                         clock_suffixes=tuple(sorted(clock_suffixes)), date_articles=tuple(sorted(date_articles)),
                         year_suffixes=tuple(sorted(year_suffixes)),
                         day_first_clock_words=tuple(sorted(day_first_clock)))


@dataclass(frozen=True, slots=True)
class BylineWords:
    """The words of data/byline_words.toml, every language together (lower case)."""

    #: every label, the openers among them
    labels: tuple[str, ...]
    #: the labels that stand before the names with no colon ("by", "von", "автор")
    openers: tuple[str, ...]
    #: the labels read in a byline element only ("photo by", "фото", "from"), never opening a text line
    element_only: tuple[str, ...]
    conjunctions: tuple[str, ...]
    interface: tuple[str, ...]
    placeholders: frozenset[str]
    roles: tuple[str, ...]
    suffixes: tuple[str, ...]
    #: what follows contributors' names ("contributed to this report"): those names are not the authors
    contributions: tuple[str, ...] = ()
    #: the verbs of a post line ("Posted on DATE by NAME", "Publié le DATE par NAME")
    posted: tuple[str, ...] = ()
    #: the word before the date in such a line ("on", "am", "le")
    date_prepositions: tuple[str, ...] = ()
    #: the path word of a link to an author's page ("/author/nora-vale")
    author_paths: tuple[str, ...] = ()
    #: what makes an organisation the agency or desk that signs a story ("press", "wire", "bureau", "agence")
    agencies: tuple[str, ...] = ()
    #: the agencies' words that name no agency alone ("press", "wire", "agence"; not "reuters")
    agency_descriptors: frozenset[str] = frozenset()
    #: the verb after the name that opens an author's bio ("is", "ist", "est": "Jane Doe is a staff writer ...")
    bio_verbs: tuple[str, ...] = ()
    #: the word for "author" in class and id names ("autor", "auteur"): such an element is a byline element
    class_words: tuple[str, ...] = ()
    #: the preposition before the name in the title of a link to an author's archive ("Posts by Jane Doe",
    #: "Beiträge von Anna Berg", "Entradas de Ana García")
    link_titles: frozenset[str] = frozenset()
    #: the words that make a byline's part an organisation ("times", "zeitung", "desk", "staff", "inc")
    organisations: tuple[str, ...] = ()
    #: the nouns of a publication's name ("courier", "chronicle", "kurier"): beside a person, an outlet
    publications: tuple[str, ...] = ()
    #: the definite articles that open a publication's name and no person's ("the", "die", "il")
    name_articles: frozenset[str] = frozenset()
    #: the word between a byline's names and the publication the piece came through ("Authored by Nora
    #: Vale via The Harbour Courier"): that publication is the piece's original source
    relays: tuple[str, ...] = ()
    #: the lower-case words a person's name holds between its capitalised ones ("de", "van", "bin")
    particles: tuple[str, ...] = ()
    #: the word between a person's name and the outlet they write for ("of", "for", "pour", "für")
    outlet_prepositions: tuple[str, ...] = ()
    #: the conjunctions that are given names too (Indonesian "dan"): they join names only in lower case
    cased_conjunctions: tuple[str, ...] = ()

    @staticmethod
    def alternation(words: Iterable[str]) -> str:
        """`words` as a regex alternation (escaped, longest first)."""
        return alternation(words)

    @staticmethod
    def grouped_alternation(words: Iterable[str]) -> str:
        """`alternation(words)` with a branch per first letter ("b(?:y|ài)"): for a search through a text
        that holds none of them (most header texts), where each position tried every label of every
        language; whether a text holds one is the same under any flags (`_by_first_letter`)."""
        return _by_first_letter(words)

    def class_pattern(self) -> str:
        """A regex (lower case, for `classnames.name_test`) of `class_words` as whole words of a class or id
        string: "article__autor", "fig-auteur", never "autoresize" or "autorotate". A top-level
        alternation, to be joined into another with "|" (the page scan's class tests), never wrapped.

        Each branch opens with a literal letter, the words that share it behind it, and the word edge
        before it is asserted after that letter (`(?<![a-z].)`: the character before the letter is no
        letter), which is `(?<![a-z])` before the word. Written as `(?<![a-z])(?:word|...)`, the
        lookbehind branch ran at every position of every class string (it disables the regex engine's
        first-character skip for the whole alternation around it): the page scan's test of a new
        class string took 1.1 us, now 0.65 us."""
        if not self.class_words:
            return "(?!)"
        ordered = sorted(self.class_words, key=lambda w: (-len(w), w))  # `alternation`'s order within a letter
        firsts = list(dict.fromkeys(word[0] for word in ordered))
        return "|".join(
            rf"{re.escape(first)}(?<![a-z].)(?:{'|'.join(re.escape(w[1:]) for w in ordered if w[0] == first)})(?![a-z])"
            for first in firsts)

    def opening_labels(self) -> tuple[str, ...]:
        """The labels that open a line with no colon: the openers and every label that ends in one
        ("written by", "ein beitrag von", "a cura di"); the others ("author", "text") need a colon.
        The element-only labels are left out ("Photo by ..." is a caption)."""
        return tuple(label for label in self.text_labels() if label.rsplit(None, 1)[-1] in self.openers)

    def text_labels(self) -> tuple[str, ...]:
        """The labels that open a byline line in a text: every label but the element-only ones."""
        return tuple(label for label in self.labels if label not in self.element_only)


@lru_cache(maxsize=1)
def byline_words() -> BylineWords:
    """The words of data/byline_words.toml (read once per process)."""
    data = load_toml("byline_words.toml")

    def words(key: str) -> tuple[str, ...]:
        found = {w.lower() for table in data.values() for w in table.get(key, ())}
        return tuple(sorted(found, key=lambda w: (-len(w), w)))

    openers, element_only = words("openers"), words("element_only")
    labels = tuple(sorted({*words("labels"), *openers, *element_only}, key=lambda w: (-len(w), w)))
    return BylineWords(labels=labels, openers=openers, element_only=element_only,
                       conjunctions=words("conjunctions"), interface=words("interface"),
                       placeholders=frozenset(words("placeholders")), roles=words("roles"), suffixes=words("suffixes"),
                       contributions=words("contributions"), posted=words("posted"),
                       date_prepositions=words("date_prepositions"), author_paths=words("author_paths"),
                       agencies=words("agencies"),
                       agency_descriptors=frozenset(words("agency_descriptors")), bio_verbs=words("bio_verbs"),
                       class_words=words("class_words"), link_titles=frozenset(words("link_titles")),
                       organisations=(*words("organisations"), *words("institutions")),
                       publications=words("publications"), name_articles=frozenset(words("name_articles")),
                       relays=words("relays"), particles=words("particles"),
                       outlet_prepositions=words("outlet_prepositions"),
                       cased_conjunctions=words("cased_conjunctions"))


@cache
def credit_history() -> re.Pattern[str]:
    """A case-insensitive search for a word of publication history in any language (provenance.toml
    `history_words`, whole words): a dated line that holds one ("Originally published by X on 3 May
    2024", "Erstveröffentlichung: X, 4. März 2024", "Publicado originalmente en X el ...") credits
    the original, so the readers of a page's own dateline leave it to the boilerplate pass, which
    reads its source."""
    data = load_toml("provenance.toml")
    words = [str(word) for section in data.values() if isinstance(section, dict)
             for word in section.get("history_words", ())]
    return re.compile(rf"(?<!\w)(?:{phrase_alternation(words)})(?!\w)", re.IGNORECASE)
