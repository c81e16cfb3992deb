"""Author names: split bylines into people and strip what is not a name.

A byline as printed mixes names with everything around them: "By", roles ("Staff Writer"),
emails, "Updated 3 hours ago", a date, "Follow on X", "Email the author". `split_authors` keeps
the names, in order. `keep_people` then drops agency and site names when a person is named, and
keeps an organisation when it is the only author (a wire story signed "Reuters").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from newsgrab.meta.conjunctions import Conjunctions, current_conjunctions, joined_full_names
from newsgrab.meta.dates import DATE_PHRASE_RE, has_digit
from newsgrab.meta.lexicon import byline_words, calendar_words, date_labels
from newsgrab.meta.namelabels import colon_label, without_post_nominals, without_reading_time
from newsgrab.meta.nameparts import (
    undoubled,
    without_capital_tail,
    without_digit_tail,
    without_fields,
    without_repeats,
)
from newsgrab.meta.reltime import without_relative_time
from newsgrab.meta.roles import (
    MIN_NAME_WORDS_BEFORE_ROLE,
    is_desk_and_role,
    is_organisation,
    is_outlet,
    is_role,
    is_role_line,
    rejoin_role_lines,
    strip_leading_role,
    strip_trailing_role,
)
from newsgrab.whitespace import fold_space

_WORDS = byline_words()


@lru_cache(maxsize=64)
def _split_pattern(conjunctions: Conjunctions) -> re.Pattern[str]:
    """Where a byline splits into names: punctuation, a dash or a markdown list's "*" between spaces, a
    conjunction of the page's language (meta/conjunctions.py) between two words, or after a comma unless
    title-cased ("A, B, and C"; a one-letter one or a given name, "dan", only in lower case and not as an
    initial: "Nadia E. Corwin" is one name; none opening one: "Ed Varno" is one name)."""
    plain = _WORDS.alternation(conjunctions.plain) if conjunctions.plain else "(?!)"
    lower_only = _WORDS.alternation(conjunctions.lower_only) if conjunctions.lower_only else "(?!)"
    return re.compile(
        r"\s*(?:,|;|&|\||/|•|·|\s[-–—*]\s"
        rf"|(?:(?<=\w\s)|(?<=,\s)(?-i:(?![A-ZÀ-Þ][a-zß-ÿ])))(?:{plain})\b"
        rf"|(?-i:\b(?:{lower_only})\b)(?!\.))\s*",
        re.IGNORECASE,
    )


def _split_re(text: str | None = None) -> re.Pattern[str]:
    """`_split_pattern` for the page being read (its language's conjunctions, `byline_language`); the
    language asked only where `text` needs it (`current_conjunctions`)."""
    return _split_pattern(current_conjunctions(text))


#: a byline label at the start ("By", "Von", "Par", "Written by", "Текст:", "著者：" with a full-width colon)
_PREFIX_RE = re.compile(rf"^(?:{_WORDS.alternation(_WORDS.labels)})\b[:：\s]*", re.IGNORECASE)
#: "Last, First" as library catalogues and some CMSs write one name: one word, a comma, a given name
_INVERTED_RE = re.compile(r"^(?P<last>[A-ZÀ-Þ][\w'’-]+),\s*(?P<first>[A-ZÀ-Þ][\w.'’-]*(?:\s+[\w.'’-]+){0,2})$")
#: a byline word inside the text ("Tech Industry by Aldo Brisk"); a label only where a whole name follows
#: it, see `_is_particle` ("Anna von Berg" is one name)
_INNER_BY_RE = re.compile(rf"^[^,;|]{{0,40}}?\s(?:{_WORDS.alternation(_WORDS.openers)})\s+(?=\S)", re.IGNORECASE)
#: a sentence that names contributors, not authors ("By Jane Doe. Emily Fox contributed to this report."):
#: from the sentence's start (a full stop after a word of two or more letters, not an initial's, or a
#: ; or |) to the end of the byline
_CONTRIBUTION_RE = re.compile(
    rf"(?:^|(?<=[.;|!?]))(?:[^.;|!?]|(?<![^\W\d_]{{2}})\.)*\b(?:{_WORDS.alternation(_WORDS.contributions)})\b.*$",
    re.IGNORECASE,
) if _WORDS.contributions else None
#: the contribution word alone (same flags), which every match of `_CONTRIBUTION_RE` holds: a byline
#: without one is not given to that pattern, which walks each sentence of it from every stop
_CONTRIBUTION_WORD_RE = re.compile(rf"\b(?:{_WORDS.alternation(_WORDS.contributions)})\b", re.IGNORECASE)
#: an e-mail address, tried only where a run of non-space starts (from inside one it fails as its start
#: did, after reading the run again: quadratic in a long one)
_EMAIL_RE = re.compile(r"(?<!\S)\S+@\S+\.\S+")
_HANDLE_RE = re.compile(r"(?<!\w)@\w+")
#: a control's label and its count in brackets ("Comments (27)", "留言 (42)", "人氣( 23925 )"): a counter in any
#: language, never a name; not a phone number's area code ("(509) 459-5382"), which more digits follow.
#: The label is tried where its run of characters starts, or right after a closing bracket (where the
#: counter before it ended): from further inside a run it fails as the run's start did, after reading
#: the run again (quadratic in a long one)
_COUNTER_RE = re.compile(r"(?<![^\s|)）])[^\s|]+\s*[(（]\s*\d[\d\s.,]*[)）](?!\s*\d)")
_WEEKDAY_RE = re.compile(rf"\b(?:{calendar_words().weekday_alternation()})\b\.?", re.IGNORECASE)
#: a clock time with its am/pm (any case) and its zone (capitals only: "10:45 Jane Doe" keeps "Jane")
_CLOCK_RE = re.compile(r"\b[0-2]?\d[:h.][0-5]\d(?::[0-5]\d)?\s*(?:[ap]\.?m\.?)?(?:\s*(?-i:[A-Z]{2,4})\b)?",
                       re.IGNORECASE)
_URL_RE = re.compile(r"https?://[^\s)]+|www\.[^\s)]+")
#: a credit for other work on the story than its writing: what follows names the editor, photographer,
#: illustrator or translator, not an author ("Jane Doe Photographs by Ivo Marsh", "Illustration by Ada Lin")
_CREDIT_BY = r"(?:edited|photographs?|photos?|illustrations?|translated|fact-checked|reviewed)\s+by"
#: such a credit ending a line's text before a name ("Illustration by <a>Ada Lin</a>")
_CREDIT_LEAD_RE = re.compile(rf"\b{_CREDIT_BY}\s*[:：]?\s*$", re.IGNORECASE)
#: an interface word that is also a name's particle (Norwegian's "Del", share, and Spanish's "del"), in
#: lower case before a capitalised word, is the particle inside a name ("Luis del Río"), not the control
_PARTICLE_CONTROLS = sorted(set(_WORDS.particles) & set(_WORDS.interface))
_NOT_A_PARTICLE = (rf"(?!(?-i:{_WORDS.alternation(_PARTICLE_CONTROLS)})\s+[A-ZÀ-ÖØ-Þ])"
                   if _PARTICLE_CONTROLS else "")
#: phrases after which nothing is a name ("Jane Doe Updated 3 hours ago", "Jane Doe is a reporter", "Jane Doe
#: Follow"; a relative time is cut first, meta/reltime.py), and asides ("(obe)", "（jniino）", "[AP]"). The
#: labels and interface words are grouped by first letter under one word boundary: the engine tries every
#: position of the text, and with IGNORECASE each word of a plain alternation was tried at each word's start
#: (some two thirds of a call's cost; each branch runs to the end, so the order of the words changes no match)
_TAIL_RE = re.compile(
    r"\b(?:"
    rf"(?:{_WORDS.grouped_alternation(date_labels().modified + date_labels().published)})\b.*$"
    r"|(?:is|was|has been|covers|writes)\s+(?:a|an|the)\b.*$"
    rf"|{_CREDIT_BY}\b.*$"
    rf"|{_NOT_A_PARTICLE}(?:{_WORDS.grouped_alternation(_WORDS.interface)})(?!\w).*$"
    r")|\([^)]*\)|（[^）]*）|\[[^\]]*\]",
    re.IGNORECASE,
)
#: a preposition that ends a name ("Gareth Pell in Ferries on 1 June"; not "for", which organisations
#: hold: "Organization for Transformative Works")
_NAME_END_RE = re.compile(r"\s(?:in|on|at|using|via|aus|bei|dans|desde)(?:\s.*)?$")
#: the word before a date in a byline's language, left hanging once the date is cut ("Von Jane Doe am
#: 4. März", "Door Jane Doe op 4 maart", "Par Jane Doe le 4 mars": byline_words.toml `date_prepositions`)
_BEFORE_DATE_RE = re.compile(rf"\s(?:{_WORDS.alternation(_WORDS.date_prepositions)})\s+\|")
#: an outlet preposition (byline_words.toml `outlet_prepositions`: "of", "for", "pour") and the rest of a
#: part, where a person's name may end ("Nora Vale of The Harbour Courier", "Jean Martin pour Le Courrier du
#: Port"): the name ends there when the rest is an outlet (`_without_outlet`); "Duke of Rye", "Bank of Avalon"
#: stay. Lower case only: a capitalised "For" or "Of" is a word of a title or a name
_OF_TAIL_RE = re.compile(rf"\s+(?:{_WORDS.alternation(_WORDS.outlet_prepositions)})\s+(\S.*)$")
#: a title written after the name ("홍길동 기자", "山田太郎記者")
_SUFFIX_RE = re.compile(rf"\s*(?:{_WORDS.alternation(_WORDS.suffixes)})$") if _WORDS.suffixes else None
#: a date written with digits only (03/10/2016, 2019.4.28), which DATE_PHRASE_RE leaves to others
_NUMERIC_DATE_RE = re.compile(
    r"(?<!\d)(?:\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\d{4}\s*[年년]\s*\d{1,2}\s*[月월]\s*\d{1,2}\s*[日일]?)"
)
#: words a name never ends with: a label or conjunction left hanging, a preposition
_DANGLING = frozenset(label.rsplit(None, 1)[-1] for label in _WORDS.labels if " " in label) | set(
    _WORDS.conjunctions) | {"on", "in", "at", "of"}
#: whole parts that are not names: placeholders, labels, conjunctions and date labels alone
_NOT_NAMES = frozenset(
    _WORDS.placeholders | set(_WORDS.labels) | set(_WORDS.conjunctions) | set(_WORDS.interface)
    | set(date_labels().modified) | set(date_labels().published)
)
#: characters; a "name" longer than this is a sentence, not a person
MAX_NAME_CHARS = 70
#: words; a person's name is rarely longer ("Maria de la Cruz Fernández Rodríguez" is six)
MAX_NAME_WORDS = 6
#: letters; fewer is an initial or a symbol, not a name
MIN_NAME_LETTERS = 2
#: share of a name's non-space characters that are letters (a name holds a few dots, hyphens and
#: apostrophes: "J.R.R. Tolkien", "Jean-Luc O'Neil"; "51 Comments" or "10:45" are mostly not letters)
MIN_NAME_LETTER_SHARE = 0.7


def _clean_part(part: str) -> str:
    part = _PREFIX_RE.sub("", part.strip(" .,:;|-–—·•*"))
    part = _without_outlet(_NAME_END_RE.sub("", part.strip(" .,:;|-–—·•*'\"")))
    if _SUFFIX_RE is not None:
        part = _SUFFIX_RE.sub("", part)
    # stripped again after the desk in capitals goes: "Delia Fenn, MS, RD" -> "Delia Fenn", not "Delia Fenn,"
    return without_capital_tail(undoubled(part.strip(" .,:;|-–—·•*'\""))).rstrip(" .,:;|-–—·•*")


def _without_outlet(part: str) -> str:
    """The part without "of <outlet>" or "for <outlet>" after a person's name ("Nora Vale of The Harbour
    Courier", "Ada Lin of the Associated Press", "Nora Vale for The Harbour Courier" -> the name): the
    byline says where the person writes, which is not a second name nor a part of this one. The name
    before it has two words at least, so "Friends of the Earth" (an organisation signing) is left whole."""
    tail = _OF_TAIL_RE.search(part)
    if tail is None or len(part[: tail.start()].split()) < 2 or not is_outlet(tail.group(1)):
        return part
    return part[: tail.start()]


def split_authors(text: str, *, explicit: bool = False, marked: bool = False) -> list[str]:
    """People named in a byline: "By X and Y" -> ["X", "Y"]; emails, roles, dates and "By" stripped.

    `explicit`: the text comes from markup that says it is the author (rel=author, itemprop=author, a
    meta author), so a single lower-case word is the author's chosen name ("doumae"), not a login.
    `marked`: the page marks the text as a byline (an element named or marked so, `authors._names`),
    so a count or number after a name is cut and the name kept (`nameparts.without_digit_tail`); a
    line of a text, where any line may be tried as a byline, keeps its digit and is no name
    ("Saltmarsh Lantern Festival 2018 2019" is a caption's first words).
    """
    text = fold_space(text)
    if _CONTRIBUTION_RE is not None and _CONTRIBUTION_WORD_RE.search(text) is not None:
        text = _CONTRIBUTION_RE.sub(" ", text)
    text = without_reading_time(_URL_RE.sub(" ", _EMAIL_RE.sub(" ", text)))
    text = _COUNTER_RE.sub(" | ", _HANDLE_RE.sub(" ", text))
    if has_digit(text):  # dates and clock times need a digit; DATE_PHRASE_RE is slow to rule out without one
        text = _NUMERIC_DATE_RE.sub(" | ", DATE_PHRASE_RE.sub(" | ", text))
        text = _BEFORE_DATE_RE.sub(" | ", _CLOCK_RE.sub(" | ", _WEEKDAY_RE.sub(" | ", text)))
    else:
        text = _WEEKDAY_RE.sub(" | ", text)
    # the label first: "Edited by X" names X
    text = _TAIL_RE.sub(" ", without_relative_time(_without_colon_label(_PREFIX_RE.sub("", fold_space(text)))))
    # another language's "a", "i", "e" between two full names joins them (meta/conjunctions.py)
    text = fold_space(text)
    conjunctions = current_conjunctions(text)
    text = joined_full_names(text, conjunctions)
    inverted = _INVERTED_RE.match(text)
    if inverted and not is_organisation(inverted["last"]) and not is_role(inverted["first"]) and not (
            _split_pattern(conjunctions).search(inverted["first"])):
        text = f"{inverted['first']} {inverted['last']}"  # "Jong, Michiel de" -> "Michiel de Jong"
    if " | " in text:
        text = rejoin_role_lines(text)
    inner = _INNER_BY_RE.search(text)
    if inner and not _is_particle(text[:inner.end()], text[inner.end():]):
        text = text[inner.end():]  # "Tech Industry by Aldo Brisk": what precedes "by" is a section or a label
    out: list[str] = []
    seen: set[str] = set()
    for raw in _split_pattern(conjunctions).split(text):
        name = without_post_nominals(_clean_part(raw))  # "Jane Doe, PhD": the degree is no second author
        if marked and has_digit(name):
            name = without_digit_tail(name)
        folded = name.casefold()
        if not name or folded in seen or not is_display_name(name, explicit=explicit):
            continue
        if (out and (is_role(name) or is_desk_and_role(name))) or is_role_line(name):
            continue
        # "Jane Doe, Staff Writer", "Senior Editor Jane Doe": a role beside a name is not a second author
        name = strip_leading_role(strip_trailing_role(name))
        seen.add(folded)
        out.append(name)
    return keep_people(_without_single_words(without_repeats(without_fields(out))))


def credits_next(lead: str) -> bool:
    """Whether the text before a name on its line ends with a credit for other work than the writing
    ("By Jane Doe Illustration by" before "<a href=/contributors/ada-lin>Ada Lin</a>"): the name that
    follows is the illustrator's, photographer's or editor's, not an author, though it links to a
    contributor's page as the writer's does. The same words `split_authors` cuts a byline at."""
    return _CREDIT_LEAD_RE.search(lead) is not None


def _without_single_words(names: list[str]) -> list[str]:
    """The names without one-word parts when a part of two or more words names a person: "Piers
    Hallorann, Futurism" (the outlet the story comes from), "Ivo Marsh, Tides, Weather" (the
    sections). Shape, not words: a byline writes its co-authors' full names, and a lone capitalised
    word beside one is an outlet, desk or section. Only words of a cased script (a Japanese or Chinese
    name is one word without spaces), and never the only name ("By Vortex")."""
    if len(names) < MIN_PARTS_FOR_SINGLE_WORDS or not any(
            len(n.split()) >= MIN_NAME_WORDS_BEFORE_ROLE and not is_organisation(n) for n in names):
        return names
    return [n for n in names if " " in n or not (n[:1].isupper() and n[1:].islower() and n.isalpha())]


#: parts of a byline; with fewer there is no second part to drop
MIN_PARTS_FOR_SINGLE_WORDS = 2


def _without_colon_label(text: str) -> str:
    """The byline without a label of any language before a colon at its start ("Autorzy: Jan Kowalski i
    Anna Nowak", `namelabels.colon_label`); a date label or a control ("Updated:", "Share:") is left whole
    for `_TAIL_RE`, which cuts from it to the end."""
    found = colon_label(text)
    return text if found is None or _TAIL_RE.search(found["label"]) is not None else text[found.end():]


def _is_particle(through_word: str, after: str) -> bool:
    """Whether the byline word that ends `through_word` is a particle inside one name ("Anna von Berg",
    "Ursula von der Leyen", "Carlos por Silva") rather than the label of the names after it.

    Decided by position, so every language's particles are covered without a list: the word sits
    between a capitalised name word and the surname that ends the name (one capitalised word, maybe
    after lower-case particles: "von der Leyen"). A label is followed by a whole name ("Tech Industry
    by Aldo Brisk", "News von Anna Berg"), by an agency ("Jane Doe by Reuters") or follows words that
    are no name ("Tech news by Jane Doe"), or a word that stands where no name does ("Opinion by Smith").
    """
    split = _split_re(through_word + after).split
    before = split(through_word.rsplit(None, 1)[0])[-1].split()
    rest = split(after, maxsplit=1)[0].split()
    if any(w.casefold() in _WORDS.placeholders for w in before):
        return False
    return (bool(before) and bool(rest) and all(w[:1].isupper() for w in before)
            and rest[-1][:1].isupper() and all(w.islower() for w in rest[:-1]) and not is_organisation(rest[-1]))


def clean_name(name: str) -> str | None:
    """One author name as a structured source gives it (JSON-LD, meta), tidied; None when it is not one.
    A role the template wrote into the name field goes, after a comma or before the name ("Nora Vale,
    Staff Writer", "By TOM KRISHER, AP Auto Writer", "Senior Editor Nora Vale"): a content system's
    display name often holds the byline's role line."""
    name = _clean_part(fold_space(name))
    if "," in name:
        head, _, tail = name.rpartition(",")
        if len(head.split()) >= MIN_NAME_WORDS_BEFORE_ROLE and (is_role(tail) or is_desk_and_role(tail.strip())) and (
                not is_organisation(head)):
            name = head.rstrip()
    # a role after the name with no comma is left: a desk signs so too ("Harbour Ledger Correspondent")
    unroled = strip_leading_role(name)
    if unroled != name and not is_organisation(name):
        name = unroled
    return name if is_display_name(name, explicit=True) else None


def is_display_name(name: str, *, explicit: bool = False) -> bool:
    """A name to show: not interface text ("Email the author", "Twitter Facebook"), no count ("51 Comments"),
    not a login ("admin", "kei_eno"). A single lower-case word is a login unless the markup names it the
    author (`explicit`) and it is all letters ("doumae")."""
    folded = name.casefold()
    if folded in _NOT_NAMES or "admin" in folded or has_digit(name) or not is_name_like(name):
        return False
    if folded.rsplit(None, 1)[-1] in _DANGLING:  # "Produced by", "Gareth Pell in Ferries on"
        return False
    if " " not in name and name.islower():
        return explicit and name.isalpha()
    return True


def is_name_like(text: str) -> bool:
    """Short, mostly letters, not a sentence: could be a person's or an organisation's name."""
    if not text or len(text) > MAX_NAME_CHARS or len(text.split()) > MAX_NAME_WORDS:
        return False
    letters = sum(ch.isalpha() for ch in text)
    return letters >= MIN_NAME_LETTERS and letters >= len(text.replace(" ", "")) * MIN_NAME_LETTER_SHARE


#: words; a visible byline part this long can be a phrase rather than a name ("View author archive")
MIN_PHRASE_WORDS = 3
#: letters; a lower-case word this long inside a name is a common word, not a particle ("de", "van der",
#: "della", "dos" are shorter; "author", "archive", "ministries", "politique" are not)
MIN_COMMON_WORD_LETTERS = 6


def is_phrase(name: str) -> bool:
    """Whether a part read from a visible byline is a phrase, not a name: three or more words, one of them a
    long lower-case word ("View author archive", "Search for this author", "Coastal defence ministries",
    "charge de la politique économique"). A person's name capitalises every word but short particles, in
    every cased script, so no word list is needed. An organisation keeps its credit ("Harbour News wire
    services"); two words may be a name typed in lower case ("Cindy mangomini"); scripts without case
    (Japanese, Chinese, Arabic) have no lower-case words and are never phrases here."""
    words = name.split()
    return len(words) >= MIN_PHRASE_WORDS and any(
        w.islower() and w.isalpha() and len(w) >= MIN_COMMON_WORD_LETTERS for w in words
    ) and not is_organisation(name)


def keep_people(names: Iterable[str], site_names: Iterable[str] = ()) -> list[str]:
    """Drop organisations when at least one person is named; keep them when they are all there is."""
    names = list(names)
    sites = [s for s in site_names if s]
    people = [n for n in names if not is_outlet(n, sites) and not is_role(n)]
    return people or names


