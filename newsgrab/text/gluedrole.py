"""A role a converter glued to the name before it: "Nora ValeReporter" read as "Nora Vale".

A byline element often prints the name and the role in elements of their own with no space between
them in the markup (`<a>Nora Vale</a><span>Reporter</span>`); a browser sets them apart by style, but
html2text, markdownify, lynx and w3m print the two texts run together. A name's last word never ends
in a capitalised role word glued to its small letters, so the role is cut there: the shape and the
roles of data/byline_words.toml, in every language there ("Anna BergRedakteurin"). A name that joins
capitals inside a word keeps them when the part after them is no role ("McDonald", "DeShawn").
"""

from __future__ import annotations

import re

from newsgrab.meta.roles import is_role_word

#: a word whose small letters run into a capital: where a converter glued two elements' texts
_GLUE_RE = re.compile(r"(?<=[a-zß-ÿ])(?=[A-ZÀ-ÖØ-Þ])")


def without_glued_role(name: str) -> str:
    """The name without a role glued to its last word, and the role words after it ("Nora ValeSenior
    Reporter" -> "Nora Vale"); the name as it is when no word glues a role so."""
    words = name.split()
    for at, word in enumerate(words):
        if at == 0 or not _GLUE_RE.search(word):
            continue
        head, _, tail = _GLUE_RE.sub(" ", word, count=1).partition(" ")
        if is_role_word(tail) and all(is_role_word(rest) for rest in words[at + 1:]):
            return " ".join([*words[:at], head])
    return name
