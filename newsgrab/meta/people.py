"""Author names: split bylines into people and strip what is not a name.

A byline as printed mixes names with everything around them: "By", roles ("Staff Writer"),
emails, "Updated 3 hours ago", a date, "Follow on X", "Email the author". `split_authors` keeps
the names, in order. `keep_people` then drops agency and site names when a person is named, and
keeps an organisation when it is the only author (a wire story signed "Reuters").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from newsgrab.meta.dates import DATE_PHRASE_RE, has_digit
from newsgrab.meta.lexicon import calendar_words, date_labels
from newsgrab.whitespace import fold_space

_SPLIT_RE = re.compile(
    r"\s*(?:,|;|&|\||/|•|·|\s[-–—]\s|\band\b|\bund\b|\bet\b|\by\b|\be\b|\bи\b|\ben\b|\bog\b|\boch\b)\s*",
    re.IGNORECASE,
)
_PREFIX_RE = re.compile(
    r"^(?:(?:words|written|reporting|reported|story|text|posted|published|compiled|edited|photos?|"
    r"interview|analysis)\s+by|by|from|von|par|por|di|door|av|af|autor(?:in)?|auteur|author|authors|"
    r"texto|testo|text|автор|текст|фото)\b[:\s]*",
    re.IGNORECASE,
)
#: "Last, First" as library catalogues and some CMSs write one name: one word, a comma, a given name
_INVERTED_RE = re.compile(r"^(?P<last>[A-ZÀ-Þ][\w'’-]+),\s*(?P<first>[A-ZÀ-Þ][\w.'’-]*(?:\s+[\w.'’-]+){0,2})$")
_INNER_BY_RE = re.compile(r"^[^,;|]{0,40}?\s(?:by|von|par|por)\s+(?=\S)", re.IGNORECASE)
_EMAIL_RE = re.compile(r"\S+@\S+\.\S+")
_HANDLE_RE = re.compile(r"(?<!\w)@\w+")
_WEEKDAY_RE = re.compile(rf"\b(?:{calendar_words().weekday_alternation()})\b\.?", re.IGNORECASE)
_CLOCK_RE = re.compile(r"\b[0-2]?\d[:h.][0-5]\d(?::[0-5]\d)?\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4}\b)?", re.IGNORECASE)
_URL_RE = re.compile(r"https?://[^\s)]+|www\.[^\s)]+")
#: phrases after which nothing is a name ("Jane Doe Updated 3 hours ago", "Jane Doe is a reporter")
_TAIL_RE = re.compile(
    rf"\b(?:{date_labels().alternation()})\b.*$"
    r"|\b\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\s+ago\b.*$"
    r"|\b(?:is|was|has been|covers|writes)\s+(?:a|an|the)\b.*$"
    r"|\b(?:edited|photographs?|photos?|illustrations?|translated|fact-checked|reviewed)\s+by\b.*$"
    r"|\b(?:follow|contact|email|e-mail|view all|see all|more (?:from|by|articles)|read more)\b.*$"
    r"|\((?:[^)]*)\)",
    re.IGNORECASE,
)
#: whole "names" that are interface text, never people
_NOT_NAMES = frozenset(
    {
        "email the author", "email", "e-mail", "contact", "contact the author", "follow", "share", "comments",
        "staff", "admin", "administrator", "editor", "author", "anonymous", "guest", "user", "unknown", "none",
        "null", "twitter", "facebook", "linkedin", "instagram", "more", "view all posts", "opinion", "news",
        "read more", "see more", "print", "updated", "published", "by", "and", "the", "sign in", "sign up",
        "log in", "login", "subscribe", "my account", "menu", "home", "last",
    }
)
#: words that make a part a role or title rather than a name ("Staff Writer", "Senior Correspondent")
_ROLE_RE = re.compile(
    r"\b(?:writer|reporter|editor|correspondent|contributor|columnist|journalist|photographer|"
    r"producer|analyst|bureau|chief|staff|intern|fellow|freelance|contributing|senior|special|"
    r"associate|director|host|anchor|researcher|professor|redakteur(?:in)?|rédacteur|rédactrice|"
    r"redacción|redazione|correspondant|envoyé|spécial)\b",
    re.IGNORECASE,
)
_FILLERS = frozenset({"the", "of", "at", "for", "a", "an", "in", "on", "de", "du", "la", "le", "der", "die"})
#: organisation words: a name with one of these is an agency, desk or publication, not a person
_ORG_RE = re.compile(
    r"\b(?:press|news|agency|agence|wire|media|times|post|journal|tribune|herald|gazette|daily|"
    r"weekly|magazine|radio|tv|television|network|newsroom|desk|team|staff|editors|editorial|board|"
    r"inc|ltd|llc|gmbh|group|foundation|institute|council|report|online|digital|service|bureau|"
    r"reuters|afp|dpa|efe|ansa|ap|upi|xinhua|tass|bloomberg|sputnik|pti|ians|redaktion|rédaction|"
    r"redacción|redazione|redactie|nachrichten|zeitung|agentur)\b",
    re.IGNORECASE,
)
#: characters; a folded site name at least this long is looked for inside author names
MIN_SITE_KEY_CHARS = 4
#: characters; a "name" longer than this is a sentence, not a person
MAX_NAME_CHARS = 70
#: words; a person's name is rarely longer ("Maria de la Cruz Fernández Rodríguez" is six)
MAX_NAME_WORDS = 6
#: letters; fewer is an initial or a symbol, not a name
MIN_NAME_LETTERS = 2
#: share of a name's non-space characters that are letters (a name holds a few dots, hyphens and
#: apostrophes: "J.R.R. Tolkien", "Jean-Luc O'Neil"; "51 Comments" or "10:45" are mostly not letters)
MIN_NAME_LETTER_SHARE = 0.7
#: characters; an all-capitals "name" this short is an agency's or broadcaster's initials (AP, AFP, BBC, NHK)
MAX_ACRONYM_CHARS = 6


def _clean_part(part: str) -> str:
    part = _PREFIX_RE.sub("", part.strip(" .,:;|-–—·•*"))
    return part.strip(" .,:;|-–—·•*'\"")


def split_authors(text: str) -> list[str]:
    """People named in a byline: "By X and Y" -> ["X", "Y"]; emails, roles, dates and "By" stripped."""
    text = fold_space(text)
    text = _URL_RE.sub(" ", _EMAIL_RE.sub(" ", text))
    text = _HANDLE_RE.sub(" ", text)
    if has_digit(text):  # dates and clock times need a digit; DATE_PHRASE_RE is slow to rule out without one
        text = DATE_PHRASE_RE.sub(" | ", text)
        text = _CLOCK_RE.sub(" | ", _WEEKDAY_RE.sub(" | ", text))
    else:
        text = _WEEKDAY_RE.sub(" | ", text)
    text = _TAIL_RE.sub(" ", text)
    text = _PREFIX_RE.sub("", fold_space(text))
    inverted = _INVERTED_RE.match(text)
    if inverted and not is_organisation(inverted["last"]) and not _is_role(inverted["first"]) and not (
            _SPLIT_RE.search(inverted["first"])):
        text = f"{inverted['first']} {inverted['last']}"  # "Jong, Michiel de" -> "Michiel de Jong"
    inner = _INNER_BY_RE.search(text)
    if inner:  # "Tech Industry by Steven Musil": what precedes "by" is a section or a label
        text = text[inner.end():]
    out: list[str] = []
    seen: set[str] = set()
    for raw in _SPLIT_RE.split(text):
        name = _clean_part(raw)
        folded = name.casefold()
        if not name or folded in seen or not is_display_name(name):
            continue
        if out and _is_role(name):
            continue
        name = _strip_trailing_role(name)  # "Jane Doe, Staff Writer": the role after a name is not a second author
        seen.add(folded)
        out.append(name)
    return keep_people(out)


def _strip_trailing_role(name: str) -> str:
    """"Ben Silverman Games Editor" -> "Ben Silverman": a role word at the end, with one word before it."""
    words = name.split()
    if len(words) < 3 or not _ROLE_RE.fullmatch(words[-1]):
        return name
    for cut in (2, 1):
        if len(words) - cut >= 2:
            return " ".join(words[:-cut])
    return name


def _is_role(text: str) -> bool:
    """Every word is a role word or a filler ("Staff Writer", "Senior Correspondent for the")."""
    words = text.split()
    return bool(words) and all(_ROLE_RE.fullmatch(w) or w.casefold() in _FILLERS for w in words)


def clean_name(name: str) -> str | None:
    """One author name as a structured source gives it (JSON-LD, meta), tidied; None when it is not one."""
    name = _clean_part(fold_space(name))
    return name if is_display_name(name) else None


def is_display_name(name: str) -> bool:
    """A name to show: not interface text ("Email the author"), not a login ("admin", "kei_eno")."""
    folded = name.casefold()
    if folded in _NOT_NAMES or "admin" in folded or not is_name_like(name):
        return False
    return not (" " not in name and name.islower())  # a lower-case single token is a user handle


def is_name_like(text: str) -> bool:
    """Short, mostly letters, not a sentence: could be a person's or an organisation's name."""
    if not text or len(text) > MAX_NAME_CHARS or len(text.split()) > MAX_NAME_WORDS:
        return False
    letters = sum(ch.isalpha() for ch in text)
    return letters >= MIN_NAME_LETTERS and letters >= len(text.replace(" ", "")) * MIN_NAME_LETTER_SHARE


def is_organisation(name: str, site_names: Iterable[str] = ()) -> bool:
    """Whether `name` is an agency, desk or publication (or one of the page's own site names)."""
    folded = _fold_name(name)
    first = _fold_name(name.split()[0]) if name.split() else ""
    for site in site_names:
        key = _fold_name(site) if site else ""
        if not key:
            continue
        if folded == key or first == key:
            return True  # the site itself, or its desk or section ("CNN Business")
        if len(key) >= MIN_SITE_KEY_CHARS and len(folded) >= MIN_SITE_KEY_CHARS and (key in folded or folded in key):
            return True  # "Redaktion Blog am Fluss"; "Business Insider" on Business Insider Deutschland
    if _ORG_RE.search(name):
        return True
    return name.isupper() and len(name) <= MAX_ACRONYM_CHARS  # "AP", "AFP", "BBC"


def keep_people(names: Iterable[str], site_names: Iterable[str] = ()) -> list[str]:
    """Drop organisations when at least one person is named; keep them when they are all there is."""
    names = list(names)
    sites = [s for s in site_names if s]
    people = [n for n in names if not is_organisation(n, sites) and not _is_role(n)]
    return people or names


#: a leading article and the characters folding drops, compiled once (`re.sub` with a pattern string
#: pays a cache lookup per call, and names are folded ten-odd times a page)
_LEADING_THE_RE = re.compile(r"^(?:the)\s+")
_UNFOLDED_RE = re.compile(r"[\W_]+")


def _fold_name(text: str) -> str:
    return _UNFOLDED_RE.sub("", _LEADING_THE_RE.sub("", text.casefold())).removesuffix("com")
