"""Authors a page states in a labelled pair of <meta> tags: `twitter:label1` "Written by" beside
`twitter:data1` "Jane Doe".

Link previews show up to two labelled values under a card, and the SEO plugin of many WordPress
sites fills the first with the post's author: `<meta name="twitter:label1" content="Written by">
<meta name="twitter:data1" content="Jane Doe">`, the label in the site's language. A theme that
writes no meta author, no JSON-LD Person and no byline markup still gets this pair, so on such a page
it is the only place the author is stated. The second pair holds the reading time ("Est. reading
time" / "10 minutes"), and other sites fill the first with it ("Reading time", "Tempo di lettura
stimato"): the label says what its value is, so a value is read only under a byline label of
data/byline_words.toml ("Written by", "Autor", "Texte") or a short label that ends with an opener of
some language ("Verfasst von", "Écrit par", "Geschreven door"). A picture's credit ("Photo by") is no
byline label. The value is a name as a meta author's is (`people.split_authors` splits it).

The pair names the account that posted the story, which is not always its writer: a magazine's web
editor posts a contributor's essay ("Written by" the editor, the byline under the headline naming the
essayist). So it is read after every byline the page shows (`authors._author_sources`): on the pages
of the tune half that carry the pair under "Written by" (7 sites), it names the author on 6 and the
posting editor on 1, where the visible byline is right.
"""

from __future__ import annotations

from collections.abc import Mapping

from newsgrab.meta.lexicon import byline_words
from newsgrab.whitespace import fold_space

#: the <meta> keys of the pairs, numbered from 1 (a card shows two; a few more are tolerated)
LABEL_KEY, DATA_KEY = "twitter:label{}", "twitter:data{}"
MAX_PAIRS = 4
#: words; a label ending with an opener is at most this long ("Verfasst von", "Article écrit par")
MAX_LABEL_WORDS = 3

_WORDS = byline_words()
_TEXT_LABELS = frozenset(_WORDS.text_labels())
_OPENERS = frozenset(_WORDS.openers)
_ELEMENT_ONLY = frozenset(_WORDS.element_only)


def is_byline_label(label: str) -> bool:
    """Whether a pair's label says its value is the author: a byline label, or a short label ending
    with an opener, in any language of data/byline_words.toml; not a picture's credit."""
    folded = fold_space(label).strip(" :：").casefold()
    if not folded or folded in _ELEMENT_ONLY:
        return False
    if folded in _TEXT_LABELS:
        return True
    words = folded.split()
    return 1 < len(words) <= MAX_LABEL_WORDS and words[-1] in _OPENERS


def labelled_authors(meta: Mapping[str, list[str]]) -> list[str]:
    """The values of the pairs whose label is a byline label (`is_byline_label`), in pair order."""
    values: list[str] = []
    for number in range(1, MAX_PAIRS + 1):
        labels = meta.get(LABEL_KEY.format(number))
        if labels and is_byline_label(labels[0]):
            values.extend(meta.get(DATA_KEY.format(number), ())[:1])
    return values
