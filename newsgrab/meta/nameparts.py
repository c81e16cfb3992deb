"""Parts of a byline that repeat or trail a name: cleaned by shape, in any language.

`people.split_authors` splits a byline into parts; these read the parts as a page prints them around
a name: a bio link that repeats the name after a label ("About Jane Doe"), a labelled field beside it
("Topic: Hardware", "Fotos: Luis Pérez"), and a count, phone number or reading time after it ("Jane
Doe 3 Min"). None needs a word list: the first is self-reference (the part ends with another part's
whole name), the second a colon that the byline's own label did not take, the third a digit, which no
name holds. So are a name printed twice ("A B A B") and a desk in capitals after it (`undoubled`,
`without_capital_tail`, moved here from people.py, which had outgrown its size).
"""

from __future__ import annotations

import re

from newsgrab.meta.dates import has_digit

#: parts of a byline; with fewer there is nothing to repeat
MIN_PARTS = 2
#: words; a whole name (a given name and a surname) has at least this many
MIN_FULL_NAME_WORDS = 2
#: letters; a lower-case word inside a name is a particle at most this long ("de", "van", "von", "dos")
MAX_PARTICLE_LETTERS = 3
#: words in capitals after a name in mixed case are the desk or paper ("Rita Moss HARBOUR DAILY NEWS")
MIN_CAPITAL_TAIL_WORDS = 2
#: a label's colon inside a part ("Topic: Hardware", full width too: "出典：共同")
_FIELD_RE = re.compile(r"\w\s*[:：]\s*\w")
#: from the first word with a digit to the end; not after a label's stop or colon ("Jane Doe Tel. 030")
_DIGIT_TAIL_RE = re.compile(r"(?<![.:])\s+[^\s\d]*\d.*$")


def without_repeats(names: list[str]) -> list[str]:
    """The names without a part that ends with another part's whole name after a word or more:
    "Biography Tamsin R. Oakhurst", "About Gideon Hale Marrow", "About The Author : Ines Caldwell"
    beside the name itself (a link to the author's page or bio). Self-reference, not words: in any
    language the words before the repeated name are a label. Whole names of two words or more, whole
    words ("Ana Ruiz-Lopez" does not end with "Ana Ruiz"), at the end ("John Smith Jr." is another)."""
    if len(names) < MIN_PARTS:
        return names
    words = [n.casefold().split() for n in names]
    return [name for name, own in zip(names, words, strict=True) if not any(
        MIN_FULL_NAME_WORDS <= len(other) < len(own) and own[-len(other):] == other for other in words)]


def without_fields(names: list[str]) -> list[str]:
    """The names without the parts that are a labelled field of the page, when a part without one
    names someone: "Tom Hale | Topic: Hardware" (zdnet.com), "Texto: Ana García / Fotos: Luis
    Pérez" (the picture's credit). The byline's own label ("Text:", "Autor:", "著者：") was taken
    before the split, so a colon left inside a part follows a label of something else: a topic, a
    source, a credit. A part alone keeps its colon ("Zdroj: ČTK", "文：山田太郎"): nothing else names anyone."""
    plain = [n for n in names if not _FIELD_RE.search(n)]
    return plain if plain and len(plain) < len(names) else names


def without_digit_tail(name: str) -> str:
    """The name before a count, phone number or reading time after it ("Elsa Brannock (509) 418-2297",
    "Solène Marchal journaliste 5 abonnés", "Jane Doe 3 Min"). Shape, not words: no name holds a digit;
    what precedes must be two words or more ("Chapter 3" is none), else `is_display_name` refuses it."""
    head = _DIGIT_TAIL_RE.sub("", name).rstrip(" .,:;|-–—·•*")
    return head if len(head.split()) >= MIN_FULL_NAME_WORDS and not has_digit(head) else name


def name_shaped(name: str) -> bool:
    """Whether a part of a labelled line is written as a person's whole name: two words or more,
    capitalised but for short particles ("Rosalba C. de la Vega"), or in a script without case
    ("深海"); not the words of a sentence ("By the time the council met"), nor one capitalised word,
    which a topic or a tag page's link is as often as a name ("By <a href=/people/prince>Prince</a>").
    Only markup that calls a text the byline lets a name through in lower case or as one word
    ("cindy mangomini", "Vortex" in a byline element)."""
    words = name.split()
    if not any(ch.isupper() or ch.islower() for ch in name):
        return True  # no case: Japanese, Chinese, Korean, Thai
    return len(words) >= MIN_FULL_NAME_WORDS and not words[0][:1].islower() and not any(
        w.islower() and len(w) > MAX_PARTICLE_LETTERS for w in words)


def undoubled(name: str) -> str:
    """"Lena Brandt-Okafor Lena Brandt-Okafor" -> "Lena Brandt-Okafor": a name printed twice (a
    visible name and a screen-reader copy) is one name."""
    words = name.split()
    half = len(words) // 2
    return " ".join(words[:half]) if half and len(words) % 2 == 0 and words[:half] == words[half:] else name


def without_capital_tail(name: str) -> str:
    """"Rita Moss HARBOUR DAILY NEWS" -> "Rita Moss": capitals after a name in mixed case are the desk."""
    words = name.split()
    tail = 0
    while tail < len(words) and words[-1 - tail].isupper() and len(words[-1 - tail]) > 1:
        tail += 1
    if tail >= MIN_CAPITAL_TAIL_WORDS and tail < len(words) and not any(w.isupper() for w in words[:-tail]):
        return " ".join(words[:-tail])
    return name
