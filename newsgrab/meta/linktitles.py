"""A link whose title says it opens an author's archive: "<a href=/profile/8812 title="Posts by Nora
Vale">Nora Vale</a>".

Blog and news templates print the byline's name as a link to the writer's archive and give the link a
title in the page's language ("Posts by %s", "Beiträge von %s", "Entradas de %s", "Articles par %s"):
WordPress's author link does so in every translation, and many themes copy it. The address may say
nothing of the name ("/profile/8812", "/author/kdotson" for "Kyt Dotson"), the class may be gone; the
title still says whose page it is. Self-reference, not a phrase: the title ends with the link's own
text, right after a preposition of data/byline_words.toml (`link_titles`), and that text is a whole
name (`nameparts.name_shaped`). The readers of authors.py ask it wherever they ask whether a link goes
to an author's page (`authors.author_link_name`): by the headline, or in a labelled line further down,
never in a related story's card below the body.
"""

from __future__ import annotations

from newsgrab.meta.lexicon import byline_words
from newsgrab.meta.namelabels import without_post_nominals
from newsgrab.meta.nameparts import name_shaped
from newsgrab.meta.people import split_authors
from newsgrab.whitespace import fold_space

_WORDS = byline_words()


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
