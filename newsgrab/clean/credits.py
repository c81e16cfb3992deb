"""A credit's parts: the publication a provenance notice names and the date it gives, for the
`provenance` cue (cues.py) and the original source the pass fills (boilerplate.py).
"""

from __future__ import annotations

import re

from newsgrab.clean.lexicon import words_of
from newsgrab.clean.views import BlockText, PageFacts
from newsgrab.meta.dates import DATE_PHRASE_RE, may_hold_date

#: a run of capitalised words (with the small words publication names hold), for a credit's name
_NAME_RUN_RE = re.compile(
    r"(?:[«„“\"]\s*)?(?:[A-ZÀ-ÖØ-ÞА-ЯЁŁŚŻŹĆŃ][\w'’&.-]*)"
    r"(?:\s+(?:(?:of|the|and|de|des|du|la|le|les|der|die|das|del|della|di|do|da|dos|das|y|e|et|und|&|für|for|on|am|in)"
    r"\s+[A-ZÀ-ÖØ-ÞА-ЯЁŁŚŻŹĆŃ]|[A-ZÀ-ÖØ-ÞА-ЯЁŁŚŻŹĆŃ0-9])[\w'’&.-]*)*(?:\s*[»“”\"])?"
)
#: the small words a publication's name may hold inside it but does not end with
_NAME_JOINERS = frozenset({"of", "the", "and", "on", "in", "am", "for", "für", "&"})

def credited_date(text: str) -> str | None:
    """The date phrase a credit holds, else None."""
    if not may_hold_date(text):
        return None
    match = DATE_PHRASE_RE.search(text)
    return match.group() if match else None


def credited_name(view: BlockText, page: PageFacts, *, authors_too: bool = False) -> str | None:
    """The publication a credit names: the text of its one named link, else a run of capitalised
    words that is quoted, follows a colon or a `name_openers` word ("appeared *in* X", "zuerst *bei*
    X"), or is two words or more; never the block's opening words, a date, and (unless
    `authors_too`: a cross-post's byline is often the publication) the byline's name, which is only
    the last resort."""
    for link in view.block.links:
        link_words = words_of(link.text)
        if len(link.text) >= 3 and len(link_words) <= 8 and not _generic_link(link_words):
            return link.text.strip(" .,:;")
    text = view.text
    authors = {word for name in page.authors for word in name}
    openers = page.vocabulary["name_openers"].words
    fallback = None
    for match in _NAME_RUN_RE.finditer(text):
        start = match.start()
        if not text[:start].strip(_OPENING_MARKS) and text[start:start + 1] not in "«„“\"":
            continue  # the block's opening words are capitalised anyway ("Das Buch", "[Dieser Artikel ...]")
        name = _trim_name(match.group())
        words = words_of(name)
        capitalised = {word.casefold() for word in name.split() if word[:1].isupper()}
        if not words or any(word.isdigit() for word in words) or capitalised <= _MONTHISH:
            continue
        if set(words) <= _provenance_words(page):
            continue
        before = text[:start].rstrip()
        previous = words_of(before[-20:])[-1:] if before else []
        introduced = text[start] in "«„“\"" or before.endswith(":") or (previous and previous[0] in openers)
        if len(words) < 2 and not introduced:
            continue
        if set(words) <= authors and not authors_too:
            fallback = fallback or name
            continue
        return name
    return fallback


def _trim_name(run: str) -> str:
    """A capitalised run without the date after it ("Le Monde 8", "The Times on Monday")."""
    words = run.strip(" .,:;«»„“”\"").split()
    while len(words) > 1 and (words[-1][:1].isdigit() or words[-1].casefold().strip(".,") in _MONTHISH
                              or words[-1].casefold() in _NAME_JOINERS):
        words.pop()
    return " ".join(words).strip(" .,:;«»„“”\"")


#: what a note may open with before its first word (a bracket, emphasis marks, a dash): those words
#: are still the block's opening words, capitalised whatever they are
_OPENING_MARKS = " [(*_–—-"
#: words a capitalised run may hold that name no publication
_MONTHISH = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september",
                       "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
                       "friday", "saturday", "sunday", "source", "quelle", "fuente", "fonte", "источник",
                       "źródło", "bron", "this", "the", "originally", "first", "photo", "via"})


def _provenance_words(page: PageFacts) -> frozenset[str]:
    wordset = page.vocabulary["provenance"]
    return wordset.words | {word for phrases in wordset.phrases.values() for phrase in phrases for word in phrase}


def _generic_link(words: list[str]) -> bool:
    """Link text that names no publication ("here", "read the original article")."""
    return not words or bool({"here", "hier", "ici", "aquí", "qui", "aqui", "здесь", "tutaj", "link"} & set(words)) or (
        "original" in words or "article" in words)
