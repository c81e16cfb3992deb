"""Whether the words a line prints before its date are a name or a phrase, in any script.

A "Name, Date" header line (text/header.py) names its author or its site before the date; a teaser
or a sentence that ends in a date has the same shape. In a cased script the capitals tell them apart
(a sentence's last word is lower case); in Korean, Chinese or Japanese there are none, and a teaser's
headline run into its dateline was read as a byline of two "names". Kept apart from header.py, which
reads the line; this is what the words' shape says.
"""

from __future__ import annotations

import re

#: words; a name before a date in a script without case has at most this many in one part ("글 홍길동 기자",
#: "山田 太郎"): more make a phrase (a teaser's headline, "... 주민 의견 듣기로 기사입력 :[ 2024-05-02")
MAX_UNCASED_NAME_WORDS = 3
#: what parts the names of a list in such a script (a comma, the ideographic comma, the Arabic comma)
_PARTS_RE = re.compile(r"[,、،]")


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
