"""Author names: split bylines into people and strip what is not a name."""

from __future__ import annotations

import re

from newsgrab.text import fold_space

_SPLIT_RE = re.compile(r"\s*(?:,|;|&|\band\b|\bund\b|\bet\b|\by\b|\be\b|\bи\b)\s*", re.IGNORECASE)
_PREFIX_RE = re.compile(r"^(?:by|written by|von|par|por|di|door|автор:?)\s+", re.IGNORECASE)
_EMAIL_RE = re.compile(r"\S+@\S+")
#: characters; a "name" longer than this is a sentence, not a person
MAX_NAME_CHARS = 70


def split_authors(text: str) -> list[str]:
    """People named in a byline: "By X and Y" -> ["X", "Y"]; emails and "By" stripped, order kept."""
    text = _EMAIL_RE.sub("", fold_space(text))
    text = _PREFIX_RE.sub("", text)
    out: list[str] = []
    for part in _SPLIT_RE.split(text):
        name = part.strip(" .,:;|-–—")
        if name and len(name) <= MAX_NAME_CHARS and name.casefold() not in {n.casefold() for n in out}:
            out.append(name)
    return out
