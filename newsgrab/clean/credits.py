"""A credit's parts: the publication a provenance notice names and the date it gives, for the
`provenance` cue (cues.py) and the original source the pass fills (boilerplate.py).
"""

from __future__ import annotations

import re

from newsgrab import urls
from newsgrab.clean.lexicon import platforms, words_of
from newsgrab.clean.views import BlockText, PageFacts
from newsgrab.meta.dates import DATE_PHRASE_RE, may_hold_date

#: a run of capitalised words (with the small words publication names hold), for a credit's name
_NAME_RUN_RE = re.compile(
    r"(?:[«„“\"]\s*)?(?:[A-ZÀ-ÖØ-ÞА-ЯЁŁŚŻŹĆŃ][\w'’&.-]*)"
    r"(?:\s+(?:(?:of|the|and|de|des|du|la|le|les|der|die|das|del|della|di|do|da|dos|das|y|e|et|und|&|für|for|on|am|in)"
    r"\s+[A-ZÀ-ÖØ-ÞА-ЯЁŁŚŻŹĆŃ]|[A-ZÀ-ÖØ-ÞА-ЯЁŁŚŻŹĆŃ0-9])[\w'’&.-]*)*(?:\s*[»“”\"])?"
)
#: a bare domain in running text ("reprinted from example.org"), not part of a URL or an e-mail
DOMAIN_RE = re.compile(r"(?<![\w@/.-])((?:[a-z0-9-]+\.)+(?:com|org|net|info|news|io|co|de|fr|es|it|pt|ru|pl|nl|ch|at|"
                        r"be|uk|eu|ca|us|au|in))\b(?![\w/@-])", re.IGNORECASE)
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
        if len(link.text) >= 3 and len(link_words) <= 8 and not generic_link(link_words):
            return link.text.strip(" .,:;")
    text = view.text
    authors = {word for name in page.authors for word in name}
    openers = page.vocabulary["name_openers"].words
    fallback = None
    plain: tuple[str, int] | None = None
    labels = page.vocabulary["source_labels"].words
    for match in _NAME_RUN_RE.finditer(text):
        start = match.start()
        run = match.group()
        if not text[:start].strip(_OPENING_MARKS) and text[start:start + 1] not in "«„“\"":
            words_in_run = run.split()
            opening = 0  # "Via Example Post", "Copyright 2024 Example Post": a label or a notice's word and year
            while opening < len(words_in_run) and (words_in_run[opening].casefold() in labels | _RUN_OPENERS
                                                   or (opening and words_in_run[opening].isdigit())):
                opening += 1
            if not opening or opening == len(words_in_run):
                continue  # the block's opening words are capitalised anyway ("Das Buch", "[Dieser Artikel ...]")
            rest = " ".join(words_in_run[opening:])
            if (at := text.find(rest, start)) < 0:
                continue
            start, run = at, rest
        name = _trim_name(run)
        words = words_of(name)
        capitalised = {word.casefold() for word in name.split() if word[:1].isupper()}
        if not words or any(word.isdigit() for word in words) or capitalised <= _MONTHISH:
            continue
        if set(words) <= _provenance_words(page):
            continue
        before = text[:start].rstrip()
        previous = words_of(before[-20:])[-1:] if before else []
        introduced = (text[start] in "«„“\"" or before.endswith(":") or (previous and previous[0] in openers)
                      or (bool(previous) and previous[0] in labels))
        if len(words) < 2 and not introduced:
            continue
        if set(words) <= authors and not authors_too:
            fallback = fallback or name
            continue
        if plain is not None and introduced and _points_at(text[plain[1]:start], page):
            return name  # "The post <Title Words> appeared first on X": the verb points past the title at X
        if plain is not None:
            continue
        if introduced:
            return name
        plain = (name, match.end())  # a run nothing introduces: the name unless the credit's verb points on
    return plain[0] if plain is not None else fallback


def _points_at(between: str, page: PageFacts) -> bool:
    """Whether the words between a capitalised run and a later one hold a word of publication
    history: the credit's verb and its preposition point at the later run, not the earlier one."""
    words = words_of(between)
    return page.vocabulary["provenance"].first_hit(words, frozenset(words)) is not None


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
#: the words besides the source labels that open a credit's first run without being its name
#: ("Copyright 2024 Example Post. Reprinted with permission.")
_RUN_OPENERS = frozenset({"copyright", "(c)"})
#: words a capitalised run may hold that name no publication
_MONTHISH = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september",
                       "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
                       "friday", "saturday", "sunday", "source", "quelle", "fuente", "fonte", "источник",
                       "źródło", "bron", "this", "the", "originally", "first", "photo", "via"})


def _provenance_words(page: PageFacts) -> frozenset[str]:
    wordset = page.vocabulary["provenance"]
    return wordset.words | {word for phrases in wordset.phrases.values() for phrase in phrases for word in phrase}


def generic_link(words: list[str]) -> bool:
    """Link text that names no publication ("here", "read the original article")."""
    return not words or bool({"here", "hier", "ici", "aquí", "qui", "aqui", "здесь", "tutaj", "link"} & set(words)) or (
        "original" in words or "article" in words)


def links_away(view: BlockText, page: PageFacts) -> bool:
    """Whether the block links to another site than the page's, not a platform: a credit may name
    its source only by a link ("This article was originally published [here](elsewhere)"), whose
    host names it (provenance.read_credit). On a page that does not know its own domain (a text dump
    read without its URL) only a link that points without naming ("here", "the original article")
    counts: a named link is the credited name's business."""
    for link in view.block.links:
        host = urls.hostname(link.url)
        labels = set(host.split(".")[:-1]) if host else set()
        if not labels or labels & platforms():
            continue
        if (not labels & page.domain_set) if page.domain_set else generic_link(words_of(link.text)):
            return True
    return False
