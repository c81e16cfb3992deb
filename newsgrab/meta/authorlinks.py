"""Links to an author's own page: the text of a link that goes to the page of the author it names.

Read wherever a byline reader meets a link (`authors`: the article header's author links, the names of a
labelled line further down; the text path's markdown links). Two kinds of self-reference, no words of
one language but the lexicon's path words and prepositions:

- the address's last path segment after an author-page word of data/byline_words.toml (`author_paths`:
  "/author/", "/autor/", "/auteur/", "/staff/") is the link's own text as a slug, spelt in ASCII or
  not ("Nora Vale" -> "/author/nora-vale", "Hans Müller" -> "/autor/hans-mueller" or "/autor/hans-muller",
  the spellings data/ascii_spellings.toml gives a site's name), or with the given name cut to its initial
  as a login is ("Masafumi Negishi" -> "/author/mnegishi/", `_initial_slug`);
- the link's title names its own text as the author of an archive ("<a href=/profile/8812 title="Posts
  by Nora Vale">Nora Vale</a>"): blog and news templates give the byline's link such a title in the
  page's language ("Posts by %s", "Beiträge von %s", "Entradas de %s", "Articles par %s": WordPress's
  author link in every translation, and the themes that copy it), whatever its address says. The title
  ends with the link's text right after a preposition of byline_words.toml (`link_titles`), and that
  text is a whole name (`nameparts.name_shaped`).
"""

from __future__ import annotations

import re
from urllib.parse import unquote

from newsgrab import urls
from newsgrab.meta.lexicon import byline_words
from newsgrab.meta.namelabels import without_post_nominals
from newsgrab.meta.nameparts import name_shaped
from newsgrab.meta.people import split_authors
from newsgrab.meta.titlenames import ascii_spellings
from newsgrab.meta.titles import fold_title
from newsgrab.whitespace import fold_space

_WORDS = byline_words()
#: a link to an author's page: the path ends in "/author/<slug>" (the path words of byline_words.toml)
_AUTHOR_PATH_RE = re.compile(rf"/(?:{_WORDS.alternation(_WORDS.author_paths)})/(?P<slug>[^/]+)/?$", re.IGNORECASE)
#: what an href whose path `_AUTHOR_PATH_RE` matches holds anyway (its path is a piece of the href, unless
#: urlsplit removed a tab or line break from it): a search of the href, cheaper than splitting it
_AUTHOR_HREF_RE = re.compile(rf"/(?:{_WORDS.alternation(_WORDS.author_paths)})/[^/]", re.IGNORECASE)
#: characters urlsplit removes from a URL (a tab or line break inside a word of the path), each looked for
#: by a substring test: a set of the characters of a header part's joined hrefs costs more than its search
_URL_BREAKS = "\t\n\r"
#: the number a CMS adds to a slug taken twice ("caitlin-clark-2")
_SLUG_NUMBER_RE = re.compile(r"-\d+$")
#: letters; a surname shorter than this ("Li", "Ng") makes an initial's slug too easy to meet by chance
MIN_SURNAME_LETTERS = 3
#: a byline's label opening an element's own text, in the languages of data/byline_words.toml: an opener
#: or a label ending in one, with or without a colon ("By", "Written by", "Von:"), any other label with a
#: colon ("Author:", "Texte :"); a picture's credit ("Photo by") is no such label; maybe after marks ("// By"),
#: taken possessively (`*+`: a label opens with a word character, so whitespace is not given back and retried)
LABEL_START_RE = re.compile(
    rf"^[^\w]*+(?:(?:{_WORDS.alternation(_WORDS.opening_labels())})(?:\s*[:：]|\s|$)"
    rf"|(?:{_WORDS.alternation(_WORDS.text_labels())})\s*[:：])",
    re.IGNORECASE,
)


def may_name_author_page(href: str) -> bool:
    """`author_link_name`'s first test: whether `href` may be the path of an author's page."""
    return _AUTHOR_HREF_RE.search(href) is not None or any(brk in href for brk in _URL_BREAKS)


def author_link_name(text: str, href: str, title: str | None = None) -> str | None:
    """The link's text when the link goes to the page of an author named by that text
    ("Nora Vale" -> "/author/nora-vale"), else None. Self-reference, not words: a link's text that
    is its own author slug is a name, in any language and whatever the page calls it, spelt in ASCII
    or not ("Hans Müller" -> "/autor/hans-mueller"); the text
    path reads its markdown links with the same test. A byline label opening the text is not part of
    the name ("<a href=/contributor/lucy_akins/>By Lucy Akins</a>"). A link whose `title` names its
    text as the author of an archive ("<a href=/profile/8812 title="Posts by Nora Vale">Nora Vale</a>",
    `titled_name`) goes to that author's page whatever its address says."""
    if title:
        titled = titled_name(text, title)
        if titled:
            return titled
    if not may_name_author_page(href):
        return None  # most links of a long header (a Wikipedia article's) name no author page
    parts = urls.split(href)  # None: an href that does not parse ("http://[::1")
    found = _AUTHOR_PATH_RE.search(parts.path) if parts is not None else None
    if found is None:
        return None
    text = LABEL_START_RE.sub("", fold_space(text)).strip()
    if not text:
        return None
    name, slug = fold_title(text), fold_title(_SLUG_NUMBER_RE.sub("", unquote(found["slug"])))
    # a slug spells the name in ASCII as a URL must ("Hans Müller" -> "/autor/hans-mueller", "André
    # Lund" -> "/author/andre-lund"): the same spellings a domain gives a site's name (`ascii_spellings`)
    if name == slug or slug in ascii_spellings(name) or _initial_slug(text, slug):
        return text
    return None


def _initial_slug(text: str, slug: str) -> bool:
    """Whether `slug` (folded) is the whole name `text` with its given name cut to the initial, as a
    CMS makes a login into an author's address ("Masafumi Negishi" -> "/author/mnegishi/", "Hans
    Müller" -> "/autor/h-mueller", "Rosalba C. de la Vega" -> "/author/rdelavega"): the first letter of the
    first word, then the other words whole (less their initials, or the surname alone), the surname of
    MIN_SURNAME_LETTERS letters at least. Self-reference in any language written in Latin letters; a
    slug that is another person's initial ("/author/pvale" under "Nora Vale") or the surname alone
    ("/author/vale") is none."""
    if not name_shaped(text):
        return False
    keys = [key for key in (fold_title(word) for word in text.split()) if key]
    if len(keys) < 2 or len(keys[-1]) < MIN_SURNAME_LETTERS or slug[:1] != keys[0][:1]:
        return False
    initial, rest = keys[0][:1], keys[1:]
    forms = {initial + "".join(rest), initial + "".join(k for k in rest if len(k) > 1), initial + rest[-1]}
    return any(slug == form or slug in ascii_spellings(form) for form in forms)


def titled_name(text: str, title: str) -> str | None:
    """The name a link's `text` gives when its `title` ends with a link-title preposition and that
    text: "Posts by Nora Vale", "Beiträge von Anna Berg", "Entradas de Ana García" over "Nora Vale",
    "Anna Berg", "Ana García"; the name cleaned as a byline's is ("Posts by Ada Lin, MS, RDN" over "Ada
    Lin, MS, RDN" is "Ada Lin"). None for a title about someone else ("Posts by Nora Vale" over "Ivo
    Marsh"), after a word that says nothing of an archive ("Read more about Harbour Works"), or over
    a name of one word or in lower case, a login or a topic ("Posts by admin", "View all commits by
    kikobeats")."""
    name, said = fold_space(text), fold_space(title)
    if not name or len(said) <= len(name) or said[-len(name):].casefold() != name.casefold():
        return None
    before = said[:-len(name)]
    if not before[-1:].isspace() or before.split()[-1].casefold() not in _WORDS.link_titles:
        return None
    # the name whole, or less its post-nominal letters: not a desk and role the byline reader would cut to
    # a part ("Posts by Harbour Business News Correspondent" names no "Harbour Business")
    names = split_authors(name, marked=True)
    if len(names) != 1 or not name_shaped(names[0]) or names[0] != _without_letters_after(name):
        return None
    return names[0]


def _without_letters_after(name: str) -> str:
    """`name` less every post-nominal letters at its end ("Ada Lin, MS, RDN" -> "Ada Lin")."""
    while True:
        shorter = without_post_nominals(name).rstrip(" ,")
        if shorter == name:
            return name
        name = shorter
