"""A link to an author's page whose address spells its text the way a CMS writes a slug, not letter for letter.

meta.authors.author_link_name (the HTML path's test, which the text path reads its markdown links with
too) names the author when the last segment of an author-page address is the link's own text as a
slug: "[Nora Vale](/author/nora-vale)". Content systems write that slug in more ways than one, and a
whole-page dump keeps only the text and the address to tell by, so the text path accepts three more
spellings of the same self-reference (no words of any language but the lexicon's author-path words):

- the slug as a file, or numbered: "/author/nora-vale.html", "/auteur/5631-nora-vale",
  "/author/nora-vale-1.3333505" (a page id before or after the name, a file extension after it);
- the slug not last: "/autor/nora_vale/a/", "/autori/nora-vale/l~i:author:189/" (the archive's own
  pages or a tracking segment after it): the segment right after the author-page word is read;
- a name printed with an initial the slug spells out, word for word: "Inés R. Galdós" over
  "/autor/ines_robles_galdos/"; every other word of the name is the slug's word, the last
  (the surname) whole.

The link's text must be a whole name (`nameparts.name_shaped`: two words or more, capitalised), so a
menu's "Authors" or a "More from this author" link to an archive names nobody; and its slug has to
spell that text, so "[Lena Moravec](/author/harbour-staff/)" (a desk's archive under a person's
name) is still no byline by this test.
"""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import unquote

from newsgrab import urls
from newsgrab.meta.authorlinks import may_name_author_page
from newsgrab.meta.lexicon import byline_words
from newsgrab.meta.nameparts import name_shaped
from newsgrab.meta.titlenames import ascii_spellings
from newsgrab.meta.titles import fold_title
from newsgrab.whitespace import fold_space

#: a file's extension at a slug's end ("nora-vale.html")
_EXTENSION_RE = re.compile(r"\.(?:s?html?|php|aspx?|jsp)$", re.IGNORECASE)
#: a page id before the name ("5631-nora-vale") or after it ("nora-vale-4", "nora-vale-1.3333505")
_ID_RE = re.compile(r"^\d+[-_.]+|[-_.]+\d[\d.]*$")
#: the separators a slug joins a name's words with
_SLUG_SEPARATORS_RE = re.compile(r"[-_.+\s]+")
#: the fewest letters of a surname the initials rule compares whole ("Li" is too short to tell)
MIN_SURNAME_LETTERS = 3


@lru_cache(maxsize=1)
def _author_words() -> frozenset[str]:
    """The author-page path words of data/byline_words.toml, every language's ("author", "autor", "auteur")."""
    return frozenset(word.casefold() for word in byline_words().author_paths)


def slug_after_author_word(href: str) -> str | None:
    """The path segment right after an author-page word in `href` ("/autor/nora_vale/a/" -> "nora_vale"),
    its page id and file extension taken off, unquoted; None when the path has no such word."""
    if not may_name_author_page(href):  # most links: no author-page word in the address at all
        return None
    parts = urls.split(href)
    if parts is None:
        return None
    segments = [s for s in parts.path.split("/") if s]
    words = _author_words()
    for index, segment in enumerate(segments[:-1]):
        if segment.casefold() in words:
            slug = _ID_RE.sub("", _EXTENSION_RE.sub("", unquote(segments[index + 1])))
            return slug or None
    return None


def slug_spelt_name(text: str, href: str) -> str | None:
    """The link's text when `href` goes to the page of the author it names in one of the spellings
    the module's docstring lists, else None."""
    name = fold_space(text).strip(" ,|")
    if not name or not name_shaped(name):
        return None
    slug = slug_after_author_word(href)
    if slug is None:
        return None
    folded, spelt = fold_title(name), fold_title(slug)
    if folded == spelt or spelt in ascii_spellings(folded):
        return name
    return name if _initials_spelt(name, slug) else None


def _initials_spelt(name: str, slug: str) -> bool:
    """Whether a name with an initial is the slug's words, the initial spelt out ("Inés R. Galdós"
    over "ines_robles_galdos"): as many words, each the slug's word (in ASCII or not) or its
    first letter with a full stop, one initial at least, the surname whole."""
    words = name.split()
    parts = [p for p in _SLUG_SEPARATORS_RE.split(slug) if p]
    if len(words) != len(parts) or len(words) < 2:
        return False
    initials = 0
    for word, part in zip(words, parts, strict=True):
        key, spelt = fold_title(word), fold_title(part)
        if key == spelt or spelt in ascii_spellings(key):
            continue
        if len(key) == 1 and word.endswith(".") and spelt[:1] == key:
            initials += 1
            continue
        return False
    return initials > 0 and len(fold_title(words[-1])) >= MIN_SURNAME_LETTERS
