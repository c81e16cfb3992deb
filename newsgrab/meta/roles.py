"""What in a byline names no person: roles and desks, agencies and publications.

A byline prints its people among words that are not people: a role after a name ("Staff Writer",
"Senior Correspondent", "journaliste au Monde"), a desk and its role on the line under it ("Games
Editor"), an agency or the site itself ("Reuters", "Harbour Post Staff"). people.py splits a byline
into parts; this module says which parts, or which tails of a part, are such words, so a page
signed only by its desk keeps the desk while a page naming a person keeps the person. Apart from
people.py, which splits and cleans, because the two questions change for different reasons: the
role and organisation words are data (byline_words.toml) and a name's shape is not.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from newsgrab.memo import Memo
from newsgrab.meta.lexicon import byline_words

_WORDS = byline_words()
#: words; a role is looked for only after this many words of name ("Jane Doe Reporter", not "Reporter")
MIN_NAME_WORDS_BEFORE_ROLE = 2
#: words that make a part a role or title rather than a name ("Staff Writer", "Senior Correspondent")
_ROLE_RE = re.compile(rf"\b(?:{_WORDS.alternation(_WORDS.roles)})\b", re.IGNORECASE)
_FILLERS = frozenset({"the", "of", "at", "for", "a", "an", "in", "on", "de", "du", "la", "le", "der", "die"})
#: organisation words (byline_words.toml `organisations`): a name with one of these is an agency, desk or
#: publication, not a person
_ORG_RE = re.compile(rf"\b(?:{_WORDS.alternation(_WORDS.organisations)})\b", re.IGNORECASE)
#: publication nouns (byline_words.toml `publications`): beside a person, a name with one is where they write
_OUTLET_RE = re.compile(rf"\b(?:{_WORDS.alternation(_WORDS.publications)})\b", re.IGNORECASE)
#: a byline's relay word (byline_words.toml `relays`: "via") and the publication after it, a name or a
#: domain, to the end of the line, maybe with a note in brackets ("Authored by Nora Vale via The Harbour
#: Courier (emphasis ours),"): the line credits the piece's original (text/namephrase.relayed_source)
RELAY_RE = re.compile(
    rf"\s(?:{_WORDS.alternation(_WORDS.relays) or '(?!)'})\s+"
    r"(?P<source>[A-ZÀ-ÖØ-Þ0-9][^,;|()]{1,80}?|[\w-]+(?:\.[\w-]+)*\.[a-z]{2,})(?:\s*\([^()]{1,40}\))?\s*[,.;:]?\s*$")
#: characters; a folded site name at least this long is looked for inside author names
MIN_SITE_KEY_CHARS = 4
#: characters; an all-capitals "name" this short is an agency's or broadcaster's initials (AP, AFP, BBC, NHK)
MAX_ACRONYM_CHARS = 6


#: words in a line that is a desk and its role ("Games Editor" on the line under "Jonah Tresk")
ROLE_LINE_WORDS = 2


def rejoin_role_lines(text: str) -> str:
    """"Jonah Tresk | Games Editor" -> "Jonah Tresk Games Editor": a line of a desk and a role
    under a name is read as the name's tail again, where `strip_trailing_role` takes the desk with
    the role; on a line of its own "Games" would be no desk (`is_desk_and_role`) and the line a name.
    Lines come from the blocks of a byline element (meta/elementtext.block_spaced_text)."""
    lines = text.split(" | ")
    out = [lines[0]]
    for line in lines[1:]:
        words = line.split()
        if (len(words) == ROLE_LINE_WORDS and _ROLE_RE.fullmatch(words[-1]) and not _ROLE_RE.fullmatch(words[0])
                and len(out[-1].split()) >= MIN_NAME_WORDS_BEFORE_ROLE and not is_organisation(words[0])):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return " | ".join(out)


def strip_trailing_role(name: str) -> str:
    """The name without the role after it: "Cal Rennet Senior Politics Editor" -> "Cal Rennet",
    "Martin Dupont Journaliste au Monde" -> "Martin Dupont", "Jonah Tresk Games Editor" -> "Jonah Tresk".

    From the first role word after the first two words on, the words are the role and its desk; a
    role at the end takes the word before it too (its desk, "Games"), unless a particle ties that word
    to the name ("Maria de la Cruz Reporter"). A desk of the site ("ZDNet Japan Staff") is left whole.
    """
    words = name.split()
    least = MIN_NAME_WORDS_BEFORE_ROLE
    if len(words) <= least or _ORG_RE.search(words[-1]):
        return name
    keep = next((i for i in range(least, len(words)) if _ROLE_RE.fullmatch(words[i])), len(words))
    if _ROLE_RE.fullmatch(words[-1]):
        desk_word = len(words) - 2  # the word before the role
        keep = min(keep, max(desk_word + 1 if words[desk_word - 1].islower() else desk_word, least))
    return " ".join(words[:keep])


def strip_leading_role(name: str) -> str:
    """The name without the role printed before it: "Senior Editor Nora Vale" -> "Nora Vale",
    "Redakteurin Anna Berg" -> "Anna Berg". Only where every word before the name is a role word and
    the name after them has two words at least, each capitalised: "Mark Senior" opens with no role,
    "Special Olympics" leaves one word, and a role alone ("Senior Editor") is `is_role`'s."""
    if _ROLE_RE.match(name) is None:  # no role word first (most names): one anchored test
        return name
    words = name.split()
    start = 0
    while start < len(words) and is_role_word(words[start]):
        start += 1
    rest = words[start:]
    if not start or len(rest) < MIN_NAME_WORDS_BEFORE_ROLE or not (
            rest[0][:1].isupper() and rest[-1][:1].isupper()) or any(is_role_word(w) for w in rest):
        return name
    return " ".join(rest)


def mentions_role(text: str) -> bool:
    """Whether a role word stands anywhere in `text`: a line without one is not split into name and role."""
    return _ROLE_RE.search(text) is not None


def is_role(text: str) -> bool:
    """Every word is a role word or a filler ("Staff Writer", "Senior Correspondent for the")."""
    words = text.split()
    return bool(words) and all(is_role_word(w) or w.casefold() in _FILLERS for w in words)


#: pieces of a hyphenated role ("Editor-at-Large", "Editor-in-Chief"): a role word and at least two more
MIN_ROLE_COMPOUND_PIECES = 3


def is_role_word(word: str) -> bool:
    """A role word, or a compound that starts with one ("Editor-at-large", "Editor-in-Chief"; not a
    double surname like "Stokel-Walker", whose first piece is no role)."""
    if _ROLE_RE.fullmatch(word):
        return True
    pieces = word.split("-")
    return len(pieces) >= MIN_ROLE_COMPOUND_PIECES and bool(_ROLE_RE.fullmatch(pieces[0]))


def is_desk_and_role(text: str) -> bool:
    """A role after the name of a desk or outlet, printed as its own part after an author's name
    ("Ned Calloway, CNN Editor-at-large", "Jane Doe, CNN Senior Writer"): role words at the end,
    and before them an organisation or an acronym in capitals, or nothing ("Staff Writer")."""
    words = text.split()
    end = len(words)
    while end and (is_role_word(words[end - 1]) or words[end - 1].casefold() in _FILLERS):
        end -= 1
    if end == len(words):
        return False  # no role word at the end
    desk = " ".join(words[:end])
    return not desk or is_organisation(desk)  # "Mark Senior": "Mark" is no desk, the part is a name


def is_role_line(text: str) -> bool:
    """A role with its desk and no name, wherever it stands: "Senior Business Writer" (under the name or
    alone), "journaliste au Monde", "inviato a Roma". Shape: a role word first, then a role word last or
    a lower-case word (a preposition); no name opens so ("Mark Senior", "Jane Doe Senior Editor"). An
    organisation's desk ("Senior BuzzFeed News Reporter") is left to `is_desk_and_role`: alone, it signs."""
    words = text.split()
    if len(words) < MIN_ROLE_LINE_WORDS or not is_role_word(words[0]) or is_role(text):
        return False
    if not (is_role_word(words[-1]) or (words[1].islower() and words[1].isalpha())):
        return False
    desk = [w for w in words if not is_role_word(w) and w.casefold() not in _FILLERS]
    return not is_organisation(" ".join(desk)) if desk else False


#: words; a role and its desk, the fewest ("Senior Business Writer", "inviato a Roma")
MIN_ROLE_LINE_WORDS = 3

def is_organisation(name: str, site_names: Iterable[str] = ()) -> bool:
    """Whether `name` is an agency, desk or publication (or one of the page's own site names)."""
    folded = _FOLDED_NAMES[name]
    first = _FOLDED_NAMES[name.split()[0]] if name.split() else ""
    for site in site_names:
        key = _FOLDED_NAMES[site] if site else ""
        if not key:
            continue
        if folded == key or first == key:
            return True  # the site itself, or its desk or section ("CNN Business")
        if len(key) >= MIN_SITE_KEY_CHARS and len(folded) >= MIN_SITE_KEY_CHARS and (key in folded or folded in key):
            return True  # "Redaktion Blog am Fluss"; "Business Insider" on Business Insider Deutschland
    if _ORG_RE.search(name):
        return True
    return name.isupper() and len(name) <= MAX_ACRONYM_CHARS  # "AP", "AFP", "BBC"


def is_outlet(name: str, site_names: Iterable[str] = ()) -> bool:
    """Whether `name`, beside a person in a byline, is where the person writes rather than a second
    author: an organisation (`is_organisation`), a publication's name by its nouns ("Valley Courier",
    "Diario del Puerto") or one opening with a definite article ("The Harbour Courier"). Alone, such a
    name may sign as a desk ("Telegraph Sport"): this asks only of a part beside a person."""
    return is_organisation(name, site_names) or _OUTLET_RE.search(name) is not None or opens_with_article(name)


def opens_with_article(name: str) -> bool:
    """Whether `name` opens with a definite article and a capital ("The Harbour Courier", "Die
    Hafenzeitung", "Il Corriere del Porto"): a publication's or an institution's name is written so,
    a person's never (byline_words.toml `name_articles` leaves out the articles surnames open with)."""
    first, _, rest = name.partition(" ")
    return bool(rest) and rest[:1].isupper() and first.casefold() in _WORDS.name_articles

#: a leading article and the characters folding drops, compiled once (`re.sub` with a pattern string
#: pays a cache lookup per call, and names are folded ten-odd times a page)
_LEADING_THE_RE = re.compile(r"^(?:the)\s+")
_UNFOLDED_RE = re.compile(r"[\W_]+")


def _fold_name(text: str) -> str:
    return _UNFOLDED_RE.sub("", _LEADING_THE_RE.sub("", text.casefold())).removesuffix("com")


#: names remembered folded (a page folds its names and its site's names again for every name it
#: tests, ~10 folds a page of which ~3 distinct; a site repeats its names on every page)
MAX_REMEMBERED_NAMES = 4096
_FOLDED_NAMES: Memo[str, str] = Memo(_fold_name, MAX_REMEMBERED_NAMES)


#: words; a person's name printed beside an outlet has at least and at most this many
MIN_PERSON_WORDS, MAX_PERSON_WORDS = 2, 4
#: words; the outlet after the comma has at least this many ("The Harbour Courier"; not "Inc.")
MIN_OUTLET_WORDS = 2
#: the lower-case particles a person's name may hold between its capitalised words (data/byline_words.toml)
_PARTICLES = frozenset(byline_words().particles)
#: the lower-case words an outlet's name may hold between its capitalised ones ("University of X")
_NAME_JOINERS = _PARTICLES | {"of", "the", "for", "and", "des", "die", "das", "do", "della", "dello", "y", "e", "et",
                              "und", "i", "w", "z", "van", "voor"}


#: a word that makes an organisation the agency or desk that signs a story (data/byline_words.toml
#: "agencies": "bureau", "press", "reuters"); read by the text path's byline readers too
AGENCY_RE = re.compile(rf"\b(?:{byline_words().alternation(byline_words().agencies)})\b", re.IGNORECASE)


def person_with_outlet(line: str, site_names: Iterable[str] = ()) -> str | None:
    """The person of a line that is a person's name and where they write (`person_and_outlet`)."""
    pair = person_and_outlet(line, site_names)
    return pair[0] if pair is not None else None


def person_and_outlet(line: str, site_names: Iterable[str] = ()) -> tuple[str, str] | None:
    """(the person, the outlet) of a line that is a person's name and, after one comma or one bar,
    where they write, as a byline with no "By" prints it ("Nora Vale, The Harbour Courier", "Nora Vale,
    University of Harbourtown", "Nora Vale | The Harbour Courier"): a cross-post's or a research-news
    piece's signature under the headline. None for any other line: a phrase, a second separator (a
    list of names, a place and a date), no outlet; and a bar before an agency or a desk, which a
    dateline's place stands before as a person would ("New Delhi | News Nation Bureau")."""
    separator = "," if "," in line else "|"
    person, comma, outlet = line.partition(separator)
    person, outlet = person.strip(), outlet.strip(" .")
    words = person.split()
    if not comma or len(outlet.split()) < MIN_OUTLET_WORDS or separator in outlet or not (
            MIN_PERSON_WORDS <= len(words) <= MAX_PERSON_WORDS):
        return None  # one word after the comma is a company's form ("Harbour Health, Inc."), no outlet
    if any(not w[:1].isupper() and w not in _PARTICLES for w in words) or any(c.isdigit() for c in person):
        return None
    if any(not w[:1].isupper() and w.casefold() not in _NAME_JOINERS for w in outlet.split()):
        return None  # a clause, not a name ("Mia Tran, who chairs the harbour board")
    if separator == "|" and AGENCY_RE.search(outlet):
        return None  # "New Delhi | News Nation Bureau | May 3": a dateline's place and the desk that signs
    return (person, outlet) if is_outlet(outlet, site_names) and not is_outlet(person, site_names) else None
