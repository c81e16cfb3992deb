"""Whether the words a line prints before its date are a name or a phrase, in any script, and where a
byline's name ends when words run on after it.

A "Name, Date" header line (text/header.py) names its author or its site before the date; a teaser
or a sentence that ends in a date has the same shape. In a cased script the capitals tell them apart
(a sentence's last word is lower case); in Korean, Chinese or Japanese there are none, and a teaser's
headline run into its dateline was read as a byline of two "names". A byline's name may run on into
the publication or the column the person writes for ("By Jane Doe for The Harbour Post"), joined by
a lower-case word, which no person's name holds but its particles. Kept apart from header.py, which
reads the line; this is what the words' shape says.
"""

from __future__ import annotations

import re

from newsgrab.meta.lexicon import byline_words

#: words; a name before a date in a script without case has at most this many in one part ("글 홍길동 기자",
#: "山田 太郎"): more make a phrase (a teaser's headline, "... 주민 의견 듣기로 기사입력 :[ 2024-05-02")
MAX_UNCASED_NAME_WORDS = 3
#: what parts the names of a list in such a script (a comma, the ideographic comma, the Arabic comma)
_PARTS_RE = re.compile(r"[,、،]")
#: the lower-case particles a person's name holds between its capitalised words ("Ana de la Vega", "Jan van Dijk")
NAME_PARTICLE = r"(?:de|da|van|von|der|del|la|le|bin|al)"
#: the conjunctions of data/byline_words.toml, which join two names ("Jane Doe and John Roe")
_JOINER = byline_words().alternation(byline_words().conjunctions)
#: a lower-case word that is no particle nor a conjunction, then a capitalised word: in a byline, where
#: a name runs on into whom the person writes for ("... for The Harbour Post", "... pour Le Monde")
_RUNS_ON_RE = re.compile(rf"\s(?!(?:{NAME_PARTICLE}|{_JOINER})\s)[a-zß-ÿ]+\s+(?=[A-ZÀ-ÖØ-Þ])")
#: a person's name (two to four capitalised words, maybe with particles) ending the words before that
#: word, as the whole of them or after a comma, "&" or a conjunction: the byline's last name
_LAST_NAME_RE = re.compile(
    rf"(?:^|[,&]\s*|\s(?:{_JOINER})\s+)[A-ZÀ-ÖØ-Þ][\w'’.-]+(?:\s+(?:{NAME_PARTICLE}\s+)*[A-ZÀ-ÖØ-Þ][\w'’.-]+){{1,3}}$")

def is_sentence_before_date(name: str, longest: int) -> bool:
    """Whether the words before a line's date are a sentence, which makes the line no header line:
    longer than `longest` characters, ending in a full stop or a lower-case word ("... visits Paris on
    14 July 2019")."""
    return len(name) > longest or name.endswith(".") or name.rsplit(None, 1)[-1].islower()


def uncased_name(name: str) -> str | None:
    """The words before a line's date as its name, or None when they are a phrase in a script without
    case, where the lower-case test above has nothing to read: a part between commas of more than
    MAX_UNCASED_NAME_WORDS words. A person's name there is one word, maybe with a role after it, so a
    run of words is a teaser's title printed before its dateline ("시청 앞 광장에 새 분수, 여름 전에
    주민 의견 듣기로 기사입력 :[ 2024-05-02 09:10 ]"): the line is still a dateline, with no name."""
    if any(char.lower() != char.upper() for char in name):
        return name  # a cased script: its capitals tell a name, and `is_sentence_before_date` reads them
    return None if any(len(part.split()) > MAX_UNCASED_NAME_WORDS for part in _PARTS_RE.split(name)) else name


def name_before_affiliation(who: str) -> str:
    """A byline's names without the publication or column they run on into after a lower-case word
    ("Jane Doe for The Harbour Post" -> "Jane Doe", "Jane Doe and John Roe for Harbour Radio" -> "Jane
    Doe and John Roe": a converter prints "By <a>Jane Doe</a> for <a>The Harbour Post</a>" as one run of
    words); anything else as it is: a name with its particles ("Ana de la Vega"), names joined by a
    conjunction, an organisation with its own lower-case word ("Organization for Open Maps": one
    capitalised word before it, no person's name)."""
    found = _RUNS_ON_RE.search(who) if " " in who else None
    if found is None or _LAST_NAME_RE.search(who, 0, found.start()) is None:
        return who
    return who[:found.start()]
